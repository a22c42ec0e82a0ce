// PLACEHOLDER while the CQ pack is being written: not a finished rule pack.
import type { ProvincePack } from '../types.js';

export const CQ: ProvincePack = { province: 'CQ', unit: [], individual: [] };
