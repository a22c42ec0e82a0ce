// PLACEHOLDER while the JL pack is being written: not a finished rule pack.
import type { ProvincePack } from '../types.js';

export const JL: ProvincePack = { province: 'JL', unit: [], individual: [] };
