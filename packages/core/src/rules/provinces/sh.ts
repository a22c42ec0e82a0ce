// PLACEHOLDER while the SH pack is being written: not a finished rule pack.
import type { ProvincePack } from '../types.js';

export const SH: ProvincePack = { province: 'SH', unit: [], individual: [] };
