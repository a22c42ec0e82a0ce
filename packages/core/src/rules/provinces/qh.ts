// PLACEHOLDER while the QH pack is being written: not a finished rule pack.
import type { ProvincePack } from '../types.js';

export const QH: ProvincePack = { province: 'QH', unit: [], individual: [] };
