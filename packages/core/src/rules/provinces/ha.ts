// PLACEHOLDER while the HA pack is being written: not a finished rule pack.
import type { ProvincePack } from '../types.js';

export const HA: ProvincePack = { province: 'HA', unit: [], individual: [] };
