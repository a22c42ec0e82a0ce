// PLACEHOLDER while the HB pack is being written: not a finished rule pack.
import type { ProvincePack } from '../types.js';

export const HB: ProvincePack = { province: 'HB', unit: [], individual: [] };
