/**
 * A server as stored and as the API shows it: its facts, whether it qualifies for 备案服务号 (every reason when
 * not) and its quota. Shared by the server use cases; `loadOwnServer` keeps other accounts' servers NOT_FOUND.
 */
import {
  chinaDateOf,
  checkServerEligibility,
  INELIGIBILITY_CODES,
  remainingQuota,
  SERVER_TYPES,
  type IneligibilityCode,
  type IneligibilityReason,
  type QuotaScope,
  type ServerFacts,
} from '@beian/core';
import { z } from 'zod';
import type { Actor } from '../../auth/actor.js';
import type { Queryable } from '../../db/db.js';
import { AppError } from '../../http/errors.js';

export type ServerRow = {
  id: string;
  account_id: string;
  type_code: string;
  instance_name: string;
  region: string;
  mainland: boolean;
  billing: 'prepaid' | 'postpaid';
  prepaid_months: number | null;
  first_purchase_months: number | null;
  expires_on: string | null;
  public_bandwidth_mbps: number;
  order_amount_fen: number | null;
  created_at: Date;
};

/** The columns of a ServerRow (the date as ISO text, the same on both engines). */
export const SERVER_COLUMNS = `s.id, s.account_id, s.type_code, s.instance_name, s.region, s.mainland, s.billing,
  s.prepaid_months, s.first_purchase_months, to_char(s.expires_on, 'YYYY-MM-DD') AS expires_on,
  s.public_bandwidth_mbps, s.order_amount_fen, s.created_at`;

/** The China-local date of an instant: the day the conditions are checked on. */
export const asOfDate = (now: Date): string => chinaDateOf(now.toISOString());

export function serverFacts(row: ServerRow): ServerFacts {
  return {
    typeCode: row.type_code,
    mainland: row.mainland,
    billing: row.billing,
    prepaidMonths: row.prepaid_months,
    firstPurchaseMonths: row.first_purchase_months,
    expiresOn: row.expires_on,
    publicBandwidthMbps: Number(row.public_bandwidth_mbps),
    orderAmountYuan: row.order_amount_fen === null ? null : Number(row.order_amount_fen) / 100,
  };
}

export function eligibilityOf(row: ServerRow, now: Date): IneligibilityReason[] {
  return checkServerEligibility(serverFacts(row), SERVER_TYPES, asOfDate(now));
}

/** zh-CN: why the server gives no service numbers, every reason, as one message. */
export function ineligibleError(reasons: readonly IneligibilityReason[], path = 'serverId'): AppError {
  return new AppError(
    'INVALID_STATE',
    `该服务器不满足备案要求，暂不能提供备案服务号：${reasons.map((r) => r.message).join('')}`,
    path,
    { reasons },
  );
}

export const reasonSchema = z.object({
  code: z.enum(Object.keys(INELIGIBILITY_CODES) as [IneligibilityCode, ...IneligibilityCode[]]),
  field: z.string(),
  message: z.string(),
  citation: z.string(),
});

export const serverViewSchema = z.object({
  id: z.string(),
  typeCode: z.string(),
  typeName: z.string(),
  instanceName: z.string(),
  region: z.string(),
  mainland: z.boolean(),
  billing: z.enum(['prepaid', 'postpaid']),
  prepaidMonths: z.number().nullable(),
  firstPurchaseMonths: z.number().nullable(),
  expiresOn: z.string().nullable(),
  publicBandwidthMbps: z.number(),
  orderAmountYuan: z.number().nullable(),
  createdAt: z.string(),
  eligible: z.boolean(),
  reasons: z.array(reasonSchema),
  quota: z.object({
    size: z.number(),
    per: z.enum(['instance', 'account']),
    used: z.number(),
    remaining: z.number(),
  }),
});
export type ServerView = z.infer<typeof serverViewSchema>;

/** Numbers and codes issued: on the server, and on all the owner's servers of its type. */
export type Usage = { onServer: number; onAccountForType: number };

export function serverView(row: ServerRow, usage: Usage, now: Date): ServerView {
  const type = SERVER_TYPES[row.type_code as keyof typeof SERVER_TYPES];
  const reasons = eligibilityOf(row, now);
  const per: QuotaScope = type?.quota.per ?? 'instance';
  const facts = serverFacts(row);
  return {
    id: row.id,
    typeCode: row.type_code,
    typeName: type?.zh ?? row.type_code,
    instanceName: row.instance_name,
    region: row.region,
    mainland: row.mainland,
    billing: row.billing,
    prepaidMonths: row.prepaid_months,
    firstPurchaseMonths: row.first_purchase_months,
    expiresOn: row.expires_on,
    publicBandwidthMbps: facts.publicBandwidthMbps,
    orderAmountYuan: facts.orderAmountYuan ?? null,
    createdAt: row.created_at.toISOString(),
    eligible: reasons.length === 0,
    reasons,
    quota: {
      size: type?.quota.size ?? 0,
      per,
      used: per === 'account' ? usage.onAccountForType : usage.onServer,
      remaining: remainingQuota(row.type_code, usage, SERVER_TYPES),
    },
  };
}

/** Issued numbers plus codes per server of an account (one query). */
export async function usageByServer(db: Queryable, accountId: string): Promise<Map<string, number>> {
  const { rows } = await db.query<{ server_id: string; n: number }>(
    `SELECT x.server_id, count(*)::int AS n FROM (
       SELECT server_id FROM service_numbers UNION ALL SELECT server_id FROM authorization_codes
     ) x JOIN servers s ON s.id = x.server_id WHERE s.account_id = $1 GROUP BY x.server_id`,
    [accountId],
  );
  return new Map(rows.map((r) => [r.server_id, Number(r.n)]));
}

/** The usage of one server among the account's servers (`all`: every server of the account). */
export function usageOf(
  row: Pick<ServerRow, 'id' | 'type_code'>,
  all: readonly Pick<ServerRow, 'id' | 'type_code'>[],
  counts: Map<string, number>,
): Usage {
  return {
    onServer: counts.get(row.id) ?? 0,
    onAccountForType: all
      .filter((s) => s.type_code === row.type_code)
      .reduce((sum, s) => sum + (counts.get(s.id) ?? 0), 0),
  };
}

/** The view of one server, its quota counted among its owner's servers. */
export async function viewServer(db: Queryable, row: ServerRow, now: Date): Promise<ServerView> {
  const counts = await usageByServer(db, row.account_id);
  const { rows: all } = await db.query<Pick<ServerRow, 'id' | 'type_code'>>(
    'SELECT id, type_code FROM servers WHERE account_id = $1',
    [row.account_id],
  );
  return serverView(row, usageOf(row, all, counts), now);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The actor's own server; anyone else's (or none) is NOT_FOUND, so its existence does not leak. */
export async function loadOwnServer(db: Queryable, actor: Actor, serverId: string): Promise<ServerRow> {
  if (!UUID.test(serverId)) throw new AppError('NOT_FOUND', '找不到该服务器。', 'serverId');
  const { rows } = await db.query<ServerRow>(`SELECT ${SERVER_COLUMNS} FROM servers s WHERE s.id = $1`, [
    serverId,
  ]);
  const row = rows[0];
  if (!row || row.account_id !== actor.accountId)
    throw new AppError('NOT_FOUND', '找不到该服务器：只能为本账号的服务器申请。', 'serverId');
  return row;
}
