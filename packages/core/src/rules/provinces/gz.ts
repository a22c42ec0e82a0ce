// PLACEHOLDER while the GZ pack is being written: not a finished rule pack.
import type { ProvincePack } from '../types.js';

export const GZ: ProvincePack = { province: 'GZ', unit: [], individual: [] };
