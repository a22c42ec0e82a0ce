/**
 * The claim (占用) of a service number or authorization code by one website of an order, used by order
 * submission inside its transaction. One compare-and-set:
 *   UPDATE … SET state = 'filing', order_id = … WHERE number = $1 AND state = 'bound' AND order_id IS NULL
 * so of any number of orders racing for one number exactly one wins; the others get a typed CONFLICT naming the
 * number's state. Claiming again for the same website of the same order (a resubmission) is a no-op. A number
 * once claimed is never bound again (migration 0003's trigger refuses it).
 */
import type { ServiceNumberState } from '@beian/core';
import type { Queryable } from '../../db/db.js';
import { AppError } from '../../http/errors.js';
import type { AccessKind } from './issue-access.js';
import { eligibilityOf, ineligibleError, SERVER_COLUMNS, type ServerRow } from './server-view.js';
import { ACCESS_TERMS, notUsableMessage } from './verify-access.js';

export type ClaimResult = {
  kind: AccessKind;
  value: string;
  serverId: string;
  /** This website of this order already held it (a resubmission): nothing changed. */
  alreadyClaimed: boolean;
};

const normalised = (v: string) => v.replace(/[\s-]/g, '').toUpperCase();

async function claimAccess(
  tx: Queryable,
  kind: AccessKind,
  rawValue: string,
  orderId: string,
  websiteIndex: number,
  now: Date,
): Promise<ClaimResult> {
  const t = ACCESS_TERMS[kind];
  const value = normalised(rawValue);
  const path = `websites[${websiteIndex}].access.${t.field}`;

  const { rows: held } = await tx.query<{ kind: AccessKind; value: string; server_id: string }>(
    `SELECT 'service_number' AS kind, number AS value, server_id FROM service_numbers
       WHERE order_id = $1 AND website_index = $2 AND state <> 'void'
     UNION ALL
     SELECT 'authorization_code' AS kind, code AS value, server_id FROM authorization_codes
       WHERE order_id = $1 AND website_index = $2 AND state <> 'void'`,
    [orderId, websiteIndex],
  );
  const h = held[0];
  if (h?.kind === kind && h.value === value)
    return { kind, value, serverId: h.server_id, alreadyClaimed: true };
  if (h)
    throw new AppError(
      'CONFLICT',
      `网站${websiteIndex + 1}已使用${ACCESS_TERMS[h.kind].zh} ${h.value}：一个网站只用一个备案服务号或备案授权码。`,
      path,
    );

  // the server must still qualify (it may have expired since the number was verified)
  const { rows: found } = await tx.query<ServerRow>(
    `SELECT ${SERVER_COLUMNS} FROM ${t.table} x JOIN servers s ON s.id = x.server_id WHERE x.${t.column} = $1`,
    [value],
  );
  const server = found[0];
  if (!server) throw new AppError('NOT_FOUND', `${t.zh}不存在：请核对后重新输入。`, path);
  const reasons = eligibilityOf(server, now);
  if (reasons.length > 0) throw ineligibleError(reasons, path);

  const { rowCount } = await tx.query(
    `UPDATE ${t.table} SET state = 'filing', order_id = $2, website_index = $3, claimed_at = $4
     WHERE ${t.column} = $1 AND state = 'bound' AND order_id IS NULL`,
    [value, orderId, websiteIndex, now],
  );
  if (rowCount === 1) return { kind, value, serverId: server.id, alreadyClaimed: false };

  const { rows: current } = await tx.query<{ state: ServiceNumberState }>(
    `SELECT state FROM ${t.table} WHERE ${t.column} = $1`,
    [value],
  );
  const state = current[0]?.state ?? 'void';
  throw new AppError('CONFLICT', notUsableMessage(kind, value, state), path, { state });
}

/** Claim a 备案服务号 for website `websiteIndex` of order `orderId` (inside the submission's transaction). */
export function claimServiceNumber(
  tx: Queryable,
  number: string,
  orderId: string,
  websiteIndex: number,
  now: Date,
): Promise<ClaimResult> {
  return claimAccess(tx, 'service_number', number, orderId, websiteIndex, now);
}

/** Claim a 备案授权码 for website `websiteIndex` of order `orderId` (inside the submission's transaction). */
export function claimAuthorizationCode(
  tx: Queryable,
  code: string,
  orderId: string,
  websiteIndex: number,
  now: Date,
): Promise<ClaimResult> {
  return claimAccess(tx, 'authorization_code', code, orderId, websiteIndex, now);
}

/** Claim whichever the website's `access` names (the precheck input's shape); undefined when it names none. */
export async function claimWebsiteAccess(
  tx: Queryable,
  access: { serviceNumber?: string | undefined; authorizationCode?: string | undefined } | undefined,
  orderId: string,
  websiteIndex: number,
  now: Date,
): Promise<ClaimResult | undefined> {
  if (access?.serviceNumber) return claimServiceNumber(tx, access.serviceNumber, orderId, websiteIndex, now);
  if (access?.authorizationCode)
    return claimAuthorizationCode(tx, access.authorizationCode, orderId, websiteIndex, now);
  return undefined;
}
