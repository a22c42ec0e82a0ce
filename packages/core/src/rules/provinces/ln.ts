// PLACEHOLDER while the LN pack is being written: not a finished rule pack.
import type { ProvincePack } from '../types.js';

export const LN: ProvincePack = { province: 'LN', unit: [], individual: [] };
