// PLACEHOLDER while the XJ pack is being written: not a finished rule pack.
import type { ProvincePack } from '../types.js';

export const XJ: ProvincePack = { province: 'XJ', unit: [], individual: [] };
