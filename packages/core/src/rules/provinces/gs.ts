// PLACEHOLDER while the GS pack is being written: not a finished rule pack.
import type { ProvincePack } from '../types.js';

export const GS: ProvincePack = { province: 'GS', unit: [], individual: [] };
