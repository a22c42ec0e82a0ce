// PLACEHOLDER while the GD pack is being written: not a finished rule pack.
import type { ProvincePack } from '../types.js';

export const GD: ProvincePack = { province: 'GD', unit: [], individual: [] };
