// PLACEHOLDER while the SN pack is being written: not a finished rule pack.
import type { ProvincePack } from '../types.js';

export const SN: ProvincePack = { province: 'SN', unit: [], individual: [] };
