// PLACEHOLDER while the YN pack is being written: not a finished rule pack.
import type { ProvincePack } from '../types.js';

export const YN: ProvincePack = { province: 'YN', unit: [], individual: [] };
