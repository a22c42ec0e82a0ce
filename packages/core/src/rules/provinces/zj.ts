// PLACEHOLDER while the ZJ pack is being written: not a finished rule pack.
import type { ProvincePack } from '../types.js';

export const ZJ: ProvincePack = { province: 'ZJ', unit: [], individual: [] };
