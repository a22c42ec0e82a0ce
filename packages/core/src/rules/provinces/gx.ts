// PLACEHOLDER while the GX pack is being written: not a finished rule pack.
import type { ProvincePack } from '../types.js';

export const GX: ProvincePack = { province: 'GX', unit: [], individual: [] };
