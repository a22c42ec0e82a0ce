// PLACEHOLDER while the FJ pack is being written: not a finished rule pack.
import type { ProvincePack } from '../types.js';

export const FJ: ProvincePack = { province: 'FJ', unit: [], individual: [] };
