/**
 * The 31 provincial bureaus (管局). `code` is the contract's ProvinceCode (the MIIT sub-site letters,
 * tj.beian.miit.gov.cn …); `regionCode` the GB/T 2260 two-digit prefix that starts resident ID numbers
 * and unified social credit codes' region part; `abbr` the character that starts the province's ICP numbers;
 * `section` where seed 004 §7 gives the province's rules.
 */
export type Province = {
  readonly code: ProvinceCode;
  readonly zh: string;
  readonly en: string;
  readonly abbr: string;
  readonly regionCode: string;
  readonly section: string;
};

export const PROVINCE_CODES = [
  'BJ', 'TJ', 'HE', 'SX', 'NM', 'LN', 'JL', 'HL', 'SH', 'JS', 'ZJ', 'AH', 'FJ', 'JX', 'SD', 'HA',
  'HB', 'HN', 'GD', 'GX', 'HI', 'CQ', 'SC', 'GZ', 'YN', 'XZ', 'SN', 'GS', 'QH', 'NX', 'XJ',
] as const; // prettier-ignore

export type ProvinceCode = (typeof PROVINCE_CODES)[number];

const P = (code: ProvinceCode, zh: string, en: string, abbr: string, regionCode: string, section: string) =>
  ({ code, zh, en, abbr, regionCode, section }) satisfies Province;

export const PROVINCES: Readonly<Record<ProvinceCode, Province>> = {
  BJ: P('BJ', '北京', 'Beijing', '京', '11', '7.3.1'),
  TJ: P('TJ', '天津', 'Tianjin', '津', '12', '7.3.5'),
  HE: P('HE', '河北', 'Hebei', '冀', '13', '7.3.2'),
  SX: P('SX', '山西', 'Shanxi', '晋', '14', '7.3.4'),
  NM: P('NM', '内蒙古', 'Inner Mongolia', '蒙', '15', '7.3.3'),
  LN: P('LN', '辽宁', 'Liaoning', '辽', '21', '7.2.3'),
  JL: P('JL', '吉林', 'Jilin', '吉', '22', '7.2.2'),
  HL: P('HL', '黑龙江', 'Heilongjiang', '黑', '23', '7.2.1'),
  SH: P('SH', '上海', 'Shanghai', '沪', '31', '7.4.5'),
  JS: P('JS', '江苏', 'Jiangsu', '苏', '32', '7.4.3'),
  ZJ: P('ZJ', '浙江', 'Zhejiang', '浙', '33', '7.4.6'),
  AH: P('AH', '安徽', 'Anhui', '皖', '34', '7.4.1'),
  FJ: P('FJ', '福建', 'Fujian', '闽', '35', '7.4.2'),
  JX: P('JX', '江西', 'Jiangxi', '赣', '36', '7.4.7'),
  SD: P('SD', '山东', 'Shandong', '鲁', '37', '7.4.4'),
  HA: P('HA', '河南', 'Henan', '豫', '41', '7.6.1'),
  HB: P('HB', '湖北', 'Hubei', '鄂', '42', '7.6.2'),
  HN: P('HN', '湖南', 'Hunan', '湘', '43', '7.6.3'),
  GD: P('GD', '广东', 'Guangdong', '粤', '44', '7.5.1'),
  GX: P('GX', '广西', 'Guangxi', '桂', '45', '7.5.2'),
  HI: P('HI', '海南', 'Hainan', '琼', '46', '7.5.3'),
  CQ: P('CQ', '重庆', 'Chongqing', '渝', '50', '7.8.1'),
  SC: P('SC', '四川', 'Sichuan', '蜀', '51', '7.8.3'),
  GZ: P('GZ', '贵州', 'Guizhou', '黔', '52', '7.8.2'),
  YN: P('YN', '云南', 'Yunnan', '滇', '53', '7.8.5'),
  XZ: P('XZ', '西藏', 'Tibet', '藏', '54', '7.8.4'),
  SN: P('SN', '陕西', 'Shaanxi', '陕', '61', '7.7.4'),
  GS: P('GS', '甘肃', 'Gansu', '陇', '62', '7.7.1'),
  QH: P('QH', '青海', 'Qinghai', '青', '63', '7.7.3'),
  NX: P('NX', '宁夏', 'Ningxia', '宁', '64', '7.7.2'),
  XJ: P('XJ', '新疆', 'Xinjiang', '新', '65', '7.7.5'),
};

const BY_REGION = new Map<string, ProvinceCode>(PROVINCE_CODES.map((c) => [PROVINCES[c].regionCode, c]));
const BY_ABBR = new Map<string, ProvinceCode>(PROVINCE_CODES.map((c) => [PROVINCES[c].abbr, c]));

export function isProvinceCode(value: unknown): value is ProvinceCode {
  return typeof value === 'string' && (PROVINCE_CODES as readonly string[]).includes(value);
}

/** The province of a GB/T 2260 region prefix ('11' → BJ); undefined outside the 31 (HK, MO, TW, 外国). */
export function provinceOfRegion(regionCode: string): ProvinceCode | undefined {
  return BY_REGION.get(regionCode.slice(0, 2));
}

/** The province of an ICP number's first character (京 → BJ). 川 and 甘 are accepted as older spellings. */
export function provinceOfAbbr(abbr: string): ProvinceCode | undefined {
  if (abbr === '川') return 'SC';
  if (abbr === '甘') return 'GS';
  return BY_ABBR.get(abbr);
}

/** 主体负责人 SMS pilot provinces (decisions.md 1: seeds 001 and 002, 22 provinces). */
export const SMS_PILOT_PROVINCES: ReadonlySet<ProvinceCode> = new Set<ProvinceCode>([
  'TJ', 'GS', 'XZ', 'NX', 'HI', 'XJ', 'QH', 'ZJ', 'SC', 'FJ', 'SN', 'CQ', 'GX', 'YN', 'SD', 'HA', 'AH',
  'HN', 'SX', 'HL', 'NM', 'HB',
]); // prettier-ignore
