// PLACEHOLDER while the HE pack is being written: not a finished rule pack.
import type { ProvincePack } from '../types.js';

export const HE: ProvincePack = { province: 'HE', unit: [], individual: [] };
