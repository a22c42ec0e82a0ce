/** The 31 province rule packs, one file each (seed 004 §7). */
import type { ProvinceCode } from '../../codes/provinces.js';
import type { ProvincePack } from '../types.js';
import { BJ } from './bj.js';
import { TJ } from './tj.js';
import { HE } from './he.js';
import { SX } from './sx.js';
import { NM } from './nm.js';
import { LN } from './ln.js';
import { JL } from './jl.js';
import { HL } from './hl.js';
import { SH } from './sh.js';
import { JS } from './js.js';
import { ZJ } from './zj.js';
import { AH } from './ah.js';
import { FJ } from './fj.js';
import { JX } from './jx.js';
import { SD } from './sd.js';
import { HA } from './ha.js';
import { HB } from './hb.js';
import { HN } from './hn.js';
import { GD } from './gd.js';
import { GX } from './gx.js';
import { HI } from './hi.js';
import { CQ } from './cq.js';
import { SC } from './sc.js';
import { GZ } from './gz.js';
import { YN } from './yn.js';
import { XZ } from './xz.js';
import { SN } from './sn.js';
import { GS } from './gs.js';
import { QH } from './qh.js';
import { NX } from './nx.js';
import { XJ } from './xj.js';

export const PROVINCE_PACKS: Readonly<Record<ProvinceCode, ProvincePack>> = {
  BJ,
  TJ,
  HE,
  SX,
  NM,
  LN,
  JL,
  HL,
  SH,
  JS,
  ZJ,
  AH,
  FJ,
  JX,
  SD,
  HA,
  HB,
  HN,
  GD,
  GX,
  HI,
  CQ,
  SC,
  GZ,
  YN,
  XZ,
  SN,
  GS,
  QH,
  NX,
  XJ,
};
