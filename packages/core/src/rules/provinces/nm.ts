// PLACEHOLDER while the NM pack is being written: not a finished rule pack.
import type { ProvincePack } from '../types.js';

export const NM: ProvincePack = { province: 'NM', unit: [], individual: [] };
