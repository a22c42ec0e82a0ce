// PLACEHOLDER while the AH pack is being written: not a finished rule pack.
import type { ProvincePack } from '../types.js';

export const AH: ProvincePack = { province: 'AH', unit: [], individual: [] };
