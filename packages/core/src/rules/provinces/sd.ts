// PLACEHOLDER while the SD pack is being written: not a finished rule pack.
import type { ProvincePack } from '../types.js';

export const SD: ProvincePack = { province: 'SD', unit: [], individual: [] };
