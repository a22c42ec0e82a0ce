// PLACEHOLDER while the NX pack is being written: not a finished rule pack.
import type { ProvincePack } from '../types.js';

export const NX: ProvincePack = { province: 'NX', unit: [], individual: [] };
