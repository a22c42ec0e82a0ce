// PLACEHOLDER while the JX pack is being written: not a finished rule pack.
import type { ProvincePack } from '../types.js';

export const JX: ProvincePack = { province: 'JX', unit: [], individual: [] };
