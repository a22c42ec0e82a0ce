// PLACEHOLDER while the TJ pack is being written: not a finished rule pack.
import type { ProvincePack } from '../types.js';

export const TJ: ProvincePack = { province: 'TJ', unit: [], individual: [] };
