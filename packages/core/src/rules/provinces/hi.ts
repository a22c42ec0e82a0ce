// PLACEHOLDER while the HI pack is being written: not a finished rule pack.
import type { ProvincePack } from '../types.js';

export const HI: ProvincePack = { province: 'HI', unit: [], individual: [] };
