// PLACEHOLDER while the SC pack is being written: not a finished rule pack.
import type { ProvincePack } from '../types.js';

export const SC: ProvincePack = { province: 'SC', unit: [], individual: [] };
