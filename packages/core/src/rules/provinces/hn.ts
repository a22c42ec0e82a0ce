// PLACEHOLDER while the HN pack is being written: not a finished rule pack.
import type { ProvincePack } from '../types.js';

export const HN: ProvincePack = { province: 'HN', unit: [], individual: [] };
