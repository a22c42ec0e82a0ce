/**
 * The server-type catalog (支持备案的云服务器及备案网站数量, seed 004 §5.1 lines 398–411, the same table as §1
 * lines 131–142): which products give 备案服务号 (service numbers), on what purchase conditions, and how many.
 * Pure data with the seed line each condition comes from, plus the checks the server and the web app share:
 * `checkServerEligibility` (every reason a server cannot give service numbers, each telling what to do) and
 * `remainingQuota`.
 *
 * Readings of the seed (decisions):
 * - 包月N个月及以上（包含续费） is the prepaid period bought in total, renewals included (`prepaidMonths`).
 *   For ECS and 弹性Web托管 the seed also asks for that much *remaining* time ("包年包月剩余时长如果不满足备案
 *   要求，请先续费", §1 line 146); for every prepaid type an expired server gives nothing (§5.1 line 396).
 * - 按量付费 (postpaid) is not eligible: the seed says it of ECS (line 401); every type's condition is a 包月
 *   (or first-purchase) period, which a postpaid product does not have, so it holds for all.
 * - 物联网套餐包 has no mainland condition in the seed (line 410): none is checked.
 * - The quota is fixed per server (per account for 弹性Web托管, line 404/§1 line 135); renewal does not add to
 *   it (§1 line 147). 备案授权码 (seed 003 line 37) are the same slots handed out another way: a server's
 *   service numbers and authorization codes together stay within its quota.
 * - A number (or code) once claimed by an order is never usable again (lines 392, 449; product.md "used once
 *   forever"): 已绑定 → 备案中 → 已备案; an order that ends without a filing (abandoned, withdrawn) turns its
 *   numbers 已作废 (void), a terminal state beside 已备案, instead of leaving them 备案中 (lines 471–473
 *   describe three states of numbers in use; a number of an abandoned order is neither in filing nor filed).
 */
import type { Term } from '../glossary.js';
import { addMonths, compareYMD, formatYMD, parseIsoDate } from '../util/dates.js';

/** Where a condition comes from: seed 004, the section and the line. */
const S51 = (line: number) => `seed 004 §5.1 line ${line}`;
const S1 = (line: number) => `seed 004 §1 line ${line}`;

export const SERVER_TYPE_CODES = [
  'ecs',
  'virtual_host',
  'simple_app_server',
  'web_hosting',
  'nat_gateway',
  'ipv6_translation',
  'ens',
  'iot_package',
  'marketplace',
] as const;

export type ServerTypeCode = (typeof SERVER_TYPE_CODES)[number];

export type QuotaScope = 'instance' | 'account';

export type ServerType = Term & {
  readonly code: ServerTypeCode;
  /** 服务器位于中国内地（大陆）节点. */
  readonly mainlandRequired: boolean;
  /** 包年包月 only: 按量付费 gets no service numbers. */
  readonly prepaidRequired: boolean;
  /** 包月N个月及以上（包含续费）: months bought in total, renewals included. */
  readonly minPrepaidMonths?: number;
  /** 包年包月剩余时长: months still to run (ECS, 弹性Web托管; §1 line 146). */
  readonly minRemainingMonths?: number;
  /** 需购买公网带宽. */
  readonly publicBandwidthRequired: boolean;
  /** 单笔订单金额 / 订单金额 N元及以上, in yuan. */
  readonly minOrderAmountYuan?: number;
  /** 首次购买周期为N个月及以上: the first purchase alone (renewals do not count). */
  readonly minFirstPurchaseMonths?: number;
  /** How many service numbers (and authorization codes) one instance, or one account, may have. */
  readonly quota: { readonly size: number; readonly per: QuotaScope };
  /** 弹性Web托管: no longer sold, but instances bought before still qualify. */
  readonly offline?: {
    readonly since: string;
    readonly eligible: true;
    readonly replacement: ServerTypeCode;
  };
  /** zh-CN notes for the applicant, as the seed gives them. */
  readonly notes: readonly string[];
  /** The seed lines of this row: the §5.1 table row first, then §1's copy and any other line used. */
  readonly citations: readonly string[];
};

const NOTE_RENEW = '包年包月剩余时长如果不满足备案要求，请先续费。';
const NOTE_FIXED_QUOTA =
  '每个服务器可申请的备案服务号数量是固定的，服务器续费不能增加数量；用完后如需备案更多网站，需另购服务器。';

export const SERVER_TYPES: Readonly<Record<ServerTypeCode, ServerType>> = {
  ecs: {
    code: 'ecs',
    zh: 'ECS实例',
    en: 'ECS instance (Elastic Compute Service)',
    mainlandRequired: true,
    prepaidRequired: true,
    minPrepaidMonths: 3,
    minRemainingMonths: 3,
    publicBandwidthRequired: true,
    quota: { size: 5, per: 'instance' },
    notes: [
      '按量付费实例无法申请备案服务号。',
      '开通公网带宽：升降配方式汇总 → 修改公网带宽。',
      NOTE_RENEW,
      NOTE_FIXED_QUOTA,
    ],
    citations: [S51(401), S1(132), S1(146), S1(147)],
  },
  virtual_host: {
    code: 'virtual_host',
    zh: '云虚拟主机',
    en: 'Cloud virtual host',
    mainlandRequired: true,
    prepaidRequired: true,
    minPrepaidMonths: 3,
    publicBandwidthRequired: false,
    quota: { size: 5, per: 'instance' },
    notes: [NOTE_FIXED_QUOTA],
    citations: [S51(402), S1(133), S1(147)],
  },
  simple_app_server: {
    code: 'simple_app_server',
    zh: '轻量应用服务器',
    en: 'Simple application server',
    mainlandRequired: true,
    prepaidRequired: true,
    minPrepaidMonths: 3,
    publicBandwidthRequired: false,
    quota: { size: 5, per: 'instance' },
    notes: [NOTE_FIXED_QUOTA],
    citations: [S51(403), S1(134), S1(147)],
  },
  web_hosting: {
    code: 'web_hosting',
    zh: '弹性Web托管',
    en: 'Elastic web hosting',
    mainlandRequired: true,
    prepaidRequired: true,
    minPrepaidMonths: 6,
    minRemainingMonths: 6,
    publicBandwidthRequired: false,
    quota: { size: 5, per: 'account' },
    offline: { since: '2019-12', eligible: true, replacement: 'virtual_host' },
    notes: [
      '弹性Web托管产品已于2019年12月下线，下线前已购买的弹性Web托管实例可正常进行备案；新购请选择云虚拟主机。',
      '每个账号下的弹性Web托管实例一共可申请5个备案服务号。',
      NOTE_RENEW,
      NOTE_FIXED_QUOTA,
    ],
    citations: [S51(404), S1(135), S1(146), S1(147)],
  },
  nat_gateway: {
    code: 'nat_gateway',
    zh: 'NAT网关',
    en: 'NAT gateway',
    mainlandRequired: true,
    prepaidRequired: true,
    minPrepaidMonths: 1,
    publicBandwidthRequired: false,
    quota: { size: 2, per: 'instance' },
    notes: [NOTE_FIXED_QUOTA],
    citations: [S51(405), S1(136), S1(147)],
  },
  ipv6_translation: {
    code: 'ipv6_translation',
    zh: 'IPv6转换服务',
    en: 'IPv6 translation service',
    mainlandRequired: true,
    prepaidRequired: true,
    minPrepaidMonths: 1,
    publicBandwidthRequired: false,
    quota: { size: 2, per: 'instance' },
    notes: [NOTE_FIXED_QUOTA],
    citations: [S51(406), S1(137), S1(147)],
  },
  ens: {
    code: 'ens',
    zh: 'ENS',
    en: 'ENS (Edge Node Service)',
    mainlandRequired: true,
    prepaidRequired: true,
    minPrepaidMonths: 3,
    publicBandwidthRequired: false,
    quota: { size: 5, per: 'instance' },
    notes: [NOTE_FIXED_QUOTA],
    citations: [S51(409), S1(138), S1(147)],
  },
  iot_package: {
    code: 'iot_package',
    zh: '物联网套餐包',
    en: 'IoT package',
    mainlandRequired: false,
    prepaidRequired: true,
    minPrepaidMonths: 6,
    publicBandwidthRequired: false,
    minOrderAmountYuan: 90,
    quota: { size: 1, per: 'instance' },
    notes: ['单笔订单金额90元及以上。', NOTE_FIXED_QUOTA],
    citations: [S51(410), S1(139), S1(147)],
  },
  marketplace: {
    code: 'marketplace',
    zh: '建站市场（云市场）产品',
    en: 'Website-building marketplace product',
    mainlandRequired: true,
    prepaidRequired: true,
    publicBandwidthRequired: false,
    minOrderAmountYuan: 99,
    minFirstPurchaseMonths: 12,
    quota: { size: 1, per: 'instance' },
    notes: [
      '首次购买周期为12个月及以上，订单金额99元及以上。',
      '购买前请确认建站产品所用的服务器在中国内地（大陆），否则无法完成备案；不确定时请先咨询客服。',
      NOTE_FIXED_QUOTA,
    ],
    citations: [S51(411), S1(142), S1(147)],
  },
};

export type ServerCatalog = Readonly<Record<string, ServerType>>;

export function isServerTypeCode(value: unknown): value is ServerTypeCode {
  return typeof value === 'string' && (SERVER_TYPE_CODES as readonly string[]).includes(value);
}

/** 备案服务号状态 (seed 004 §5.2 lines 466–473), and 已作废 for numbers of orders that ended unfiled. */
export const SERVICE_NUMBER_STATES = {
  bound: { zh: '已绑定', en: 'Bound' },
  filing: { zh: '备案中', en: 'In filing' },
  filed: { zh: '已备案', en: 'Filed' },
  void: { zh: '已作废', en: 'Void' },
} as const satisfies Record<string, Term>;

export type ServiceNumberState = keyof typeof SERVICE_NUMBER_STATES;

/** The states a number moves through; never backwards (a claimed number is never bound again). */
export const SERVICE_NUMBER_NEXT: Readonly<Record<ServiceNumberState, readonly ServiceNumberState[]>> = {
  bound: ['filing'],
  filing: ['filed', 'void'],
  filed: [],
  void: [],
};

/** What the checks need to know of a server. Dates are ISO ('YYYY-MM-DD'); amounts in yuan. */
export type ServerFacts = {
  readonly typeCode: string;
  readonly mainland: boolean;
  readonly billing: 'prepaid' | 'postpaid';
  /** Months bought in total, renewals included (包年包月). */
  readonly prepaidMonths?: number | null;
  /** The period of the first purchase, in months. */
  readonly firstPurchaseMonths?: number | null;
  /** The last day of the prepaid period (到期日). */
  readonly expiresOn?: string | null;
  /** Public bandwidth in Mbps; 0 = none bought. */
  readonly publicBandwidthMbps: number;
  /** The (single) order's amount in yuan. */
  readonly orderAmountYuan?: number | null;
};

export const INELIGIBILITY_CODES = {
  unsupported_type: { zh: '不支持备案的产品类型', en: 'Product type gives no service numbers' },
  not_mainland: { zh: '不在中国内地（大陆）节点', en: 'Not in a mainland region' },
  postpaid: { zh: '按量付费', en: 'Pay-as-you-go billing' },
  prepaid_too_short: { zh: '包月时长不足', en: 'Prepaid period too short' },
  expired: { zh: '已到期', en: 'Expired' },
  remaining_too_short: { zh: '剩余时长不足', en: 'Too little prepaid time left' },
  no_public_bandwidth: { zh: '未购买公网带宽', en: 'No public bandwidth' },
  order_amount_too_low: { zh: '订单金额不足', en: 'Order amount too low' },
  first_purchase_too_short: { zh: '首次购买周期不足', en: 'First purchase period too short' },
} as const satisfies Record<string, Term>;

export type IneligibilityCode = keyof typeof INELIGIBILITY_CODES;

export type IneligibilityReason = {
  readonly code: IneligibilityCode;
  /** The server fact it is about. */
  readonly field: keyof ServerFacts;
  /** zh-CN: what is wrong and what to do. */
  readonly message: string;
  readonly citation: string;
};

/** Whether at least `months` months of the prepaid period are left on `asOf` (the day of expiry counts). */
function monthsLeftAtLeast(expiresOn: string, asOf: string, months: number): boolean {
  const exp = parseIsoDate(expiresOn);
  const now = parseIsoDate(asOf);
  if (!exp || !now) return false;
  return compareYMD(addMonths(now, months), exp) <= 0;
}

const yuan = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));

/**
 * Every reason why `server` cannot give service numbers (or authorization codes) on `asOf`, in the order of the
 * seed's conditions; empty when it can. Each message says what to do.
 */
export function checkServerEligibility(
  server: ServerFacts,
  catalog: ServerCatalog,
  asOf: string,
): IneligibilityReason[] {
  const type = catalog[server.typeCode];
  if (!type)
    return [
      {
        code: 'unsupported_type',
        field: 'typeCode',
        message: '该产品类型不能提供备案服务号：请购买支持备案的服务器（见服务器类型目录）。',
        citation: S51(446),
      },
    ];
  const row = type.citations[0]!;
  const reasons: IneligibilityReason[] = [];
  const add = (code: IneligibilityCode, field: keyof ServerFacts, message: string, citation = row) =>
    reasons.push({ code, field, message, citation });

  if (type.mainlandRequired && !server.mainland)
    add(
      'not_mainland',
      'mainland',
      `${type.zh}不在中国内地（大陆）节点：备案须使用中国内地（大陆）节点的服务器，请另购内地节点的服务器。`,
    );

  if (server.billing !== 'prepaid') {
    if (type.prepaidRequired)
      add(
        'postpaid',
        'billing',
        '按量付费的服务器无法申请备案服务号：请转为包年包月' +
          (type.minPrepaidMonths ? `（${type.minPrepaidMonths}个月及以上）` : '') +
          '后再申请。',
        S51(401),
      );
    // The prepaid conditions below concern a period a postpaid server does not have.
  } else {
    const months = server.prepaidMonths ?? 0;
    if (type.minPrepaidMonths !== undefined && months < type.minPrepaidMonths)
      add(
        'prepaid_too_short',
        'prepaidMonths',
        `包年包月购买时长不足${type.minPrepaidMonths}个月（含续费，当前${months}个月）：请续费至${type.minPrepaidMonths}个月及以上。`,
      );
    const first = server.firstPurchaseMonths ?? 0;
    if (type.minFirstPurchaseMonths !== undefined && first < type.minFirstPurchaseMonths)
      add(
        'first_purchase_too_short',
        'firstPurchaseMonths',
        `首次购买周期不足${type.minFirstPurchaseMonths}个月（当前${first}个月）：${type.zh}须首次购买${type.minFirstPurchaseMonths}个月及以上，续费不计入，请重新购买。`,
      );
    const expiresOn = server.expiresOn ?? undefined;
    const exp = expiresOn === undefined ? undefined : parseIsoDate(expiresOn);
    const now = parseIsoDate(asOf);
    if (!exp || !now || compareYMD(exp, now) < 0)
      add(
        'expired',
        'expiresOn',
        exp ? `服务器已于${formatYMD(exp)}到期：请先续费。` : '服务器没有有效的到期日：请先续费。',
        S51(396),
      );
    else if (
      type.minRemainingMonths !== undefined &&
      !monthsLeftAtLeast(expiresOn!, asOf, type.minRemainingMonths)
    )
      add(
        'remaining_too_short',
        'expiresOn',
        `包年包月剩余时长不足${type.minRemainingMonths}个月（${formatYMD(exp)}到期）：请先续费。`,
        S1(146),
      );
  }

  if (type.publicBandwidthRequired && !(server.publicBandwidthMbps > 0))
    add(
      'no_public_bandwidth',
      'publicBandwidthMbps',
      `${type.zh}未购买公网带宽：请先开通公网带宽（升降配 → 修改公网带宽）。`,
    );

  if (type.minOrderAmountYuan !== undefined) {
    const amount = server.orderAmountYuan ?? 0;
    if (amount < type.minOrderAmountYuan)
      add(
        'order_amount_too_low',
        'orderAmountYuan',
        `订单金额不足${type.minOrderAmountYuan}元（当前${yuan(amount)}元）：${type.zh}须单笔订单金额${type.minOrderAmountYuan}元及以上，请重新购买。`,
      );
  }
  return reasons;
}

/** Service numbers and authorization codes already issued: on this server, and on all the owner's servers of its type. */
export type QuotaUsage = { readonly onServer: number; readonly onAccountForType: number };

/** How many more service numbers (or authorization codes) the server may give; 0 for an unknown type. */
export function remainingQuota(typeCode: string, usage: QuotaUsage, catalog: ServerCatalog): number {
  const type = catalog[typeCode];
  if (!type) return 0;
  const used = type.quota.per === 'account' ? usage.onAccountForType : usage.onServer;
  return Math.max(0, type.quota.size - used);
}

/** zh-CN: the quota is used up, and what to do (§1 line 147). */
export function quotaExhaustedMessage(typeCode: string, catalog: ServerCatalog): string {
  const type = catalog[typeCode];
  if (!type) return '该产品类型不能提供备案服务号。';
  const scope = type.quota.per === 'account' ? `每个账号下的${type.zh}实例一共` : `每个${type.zh}`;
  return `备案服务号已达上限（${scope}最多${type.quota.size}个）：服务器续费不能增加数量，如需备案更多网站，请另购服务器。`;
}
