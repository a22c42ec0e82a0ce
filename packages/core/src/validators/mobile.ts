/**
 * Mainland China mobile numbers (手机号码): 11 digits starting 13–19 (the 1[3-9] segments of the national
 * numbering plan), optionally written with +86 / 0086 / 86 and spaces or hyphens. Province attribution (号码归属地)
 * comes from data/mobile-segments.ts, generated from libphonenumber's number-segment data: a soft hint, since
 * numbers move between operators and the data lags new segments (170x, 199x … are unknown).
 */
import type { ProvinceCode } from '../codes/provinces.js';
import {
  MOBILE_SEGMENTS_FIRST,
  MOBILE_SEGMENTS_PROVINCES,
  MOBILE_SEGMENTS_RUNS,
} from '../data/mobile-segments.js';

const MOBILE = /^(?:\+86|0086|86)?(1[3-9]\d{9})$/;
const SEPARATORS = /[\s-]/g;

/**
 * The 11-digit national number, or undefined when `s` is not a mainland mobile number. Full-width digits and
 * '＋' (typed with a Chinese input method) are read as ASCII; spaces and hyphens are ignored.
 */
export function normalizeMobile(s: string): string | undefined {
  return MOBILE.exec(s.normalize('NFKC').replace(SEPARATORS, ''))?.[1];
}

export function isMainlandMobile(s: string): boolean {
  return normalizeMobile(s) !== undefined;
}

type SegmentTable = { starts: Uint32Array; provinces: Uint8Array };
let table: SegmentTable | undefined;

/** Decodes the run encoding described in scripts/gen-mobile-segments.mjs, once. */
function segmentTable(): SegmentTable {
  if (table) return table;
  const RADIX = 46;
  const encoded = MOBILE_SEGMENTS_RUNS.join('');
  const starts: number[] = [];
  const provinces: number[] = [];
  let position = 0;
  let value = 0;
  let scale = 1;
  for (let i = 0; i < encoded.length; i++) {
    // '!'–'~' without ' and \ : 0–45 end a number, 46–91 continue it
    const c = encoded.charCodeAt(i);
    const digit = c - 33 - (c > 39 ? 1 : 0) - (c > 92 ? 1 : 0);
    if (digit >= RADIX) {
      value += (digit - RADIX) * scale;
      scale *= RADIX;
      continue;
    }
    value += digit * scale;
    const p = value % 32;
    const l = Math.floor(value / 32);
    starts.push(position);
    provinces.push(p);
    position += l % 2 === 0 ? (l / 2 + 1) * 10 : (l - 1) / 2 + 1;
    value = 0;
    scale = 1;
  }
  table = { starts: Uint32Array.from(starts), provinces: Uint8Array.from(provinces) };
  return table;
}

/**
 * The province the number's segment (first seven digits) was allocated to, or undefined when `s` is not a
 * mainland mobile number or the data does not know the segment.
 */
export function mobileProvince(s: string): ProvinceCode | undefined {
  const number = normalizeMobile(s);
  if (number === undefined) return undefined;
  const offset = Number(number.slice(0, 7)) - MOBILE_SEGMENTS_FIRST;
  const { starts, provinces } = segmentTable();
  if (offset < 0) return undefined;
  // the last run starting at or before `offset`
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  const p = provinces[lo]!;
  return p === 0 ? undefined : MOBILE_SEGMENTS_PROVINCES[p - 1];
}
