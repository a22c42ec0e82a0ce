// PLACEHOLDER while the SX pack is being written: not a finished rule pack.
import type { ProvincePack } from '../types.js';

export const SX: ProvincePack = { province: 'SX', unit: [], individual: [] };
