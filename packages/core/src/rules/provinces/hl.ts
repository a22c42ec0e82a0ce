// PLACEHOLDER while the HL pack is being written: not a finished rule pack.
import type { ProvincePack } from '../types.js';

export const HL: ProvincePack = { province: 'HL', unit: [], individual: [] };
