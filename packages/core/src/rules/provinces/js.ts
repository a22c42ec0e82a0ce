// PLACEHOLDER while the JS pack is being written: not a finished rule pack.
import type { ProvincePack } from '../types.js';

export const JS: ProvincePack = { province: 'JS', unit: [], individual: [] };
