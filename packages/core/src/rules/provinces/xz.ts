// PLACEHOLDER while the XZ pack is being written: not a finished rule pack.
import type { ProvincePack } from '../types.js';

export const XZ: ProvincePack = { province: 'XZ', unit: [], individual: [] };
