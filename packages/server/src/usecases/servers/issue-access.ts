/**
 * Issuing a service number or an authorization code from a server, inside a transaction: the server (and, for a
 * type whose quota is per account, all the owner's servers of that type) is locked in id order, the conditions
 * are checked on the locked rows, the quota counted, and the new string inserted. Concurrent applications
 * therefore never exceed the quota (seed 004 §1 line 147: the number per server is fixed).
 */
import { quotaExhaustedMessage, remainingQuota, SERVER_TYPES } from '@beian/core';
import type { Queryable } from '../../db/db.js';
import { AppError } from '../../http/errors.js';
import { newAuthorizationCode, newServiceNumber } from './access-codes.js';
import { eligibilityOf, ineligibleError, SERVER_COLUMNS, type ServerRow } from './server-view.js';

export type AccessKind = 'service_number' | 'authorization_code';

const TABLES = {
  service_number: { table: 'service_numbers', column: 'number', make: newServiceNumber },
  authorization_code: { table: 'authorization_codes', column: 'code', make: newAuthorizationCode },
} as const;

export async function issueAccess(
  tx: Queryable,
  server: Pick<ServerRow, 'id' | 'account_id' | 'type_code'>,
  kind: AccessKind,
  now: Date,
): Promise<{ value: string; server: ServerRow }> {
  const perAccount = SERVER_TYPES[server.type_code as keyof typeof SERVER_TYPES]?.quota.per === 'account';
  const { rows: locked } = perAccount
    ? await tx.query<ServerRow>(
        `SELECT ${SERVER_COLUMNS} FROM servers s WHERE s.account_id = $1 AND s.type_code = $2
         ORDER BY s.id FOR NO KEY UPDATE`,
        [server.account_id, server.type_code],
      )
    : await tx.query<ServerRow>(`SELECT ${SERVER_COLUMNS} FROM servers s WHERE s.id = $1 FOR NO KEY UPDATE`, [
        server.id,
      ]);
  const row = locked.find((s) => s.id === server.id);
  if (!row) throw new AppError('NOT_FOUND', '找不到该服务器。', 'serverId');

  const reasons = eligibilityOf(row, now);
  if (reasons.length > 0) throw ineligibleError(reasons);

  const { rows: counts } = await tx.query<{ on_server: number; on_account: number }>(
    `SELECT count(*) FILTER (WHERE x.server_id = $1)::int AS on_server, count(*)::int AS on_account FROM (
       SELECT server_id FROM service_numbers UNION ALL SELECT server_id FROM authorization_codes
     ) x WHERE x.server_id = ANY($2::uuid[])`,
    [row.id, locked.map((s) => s.id)],
  );
  const usage = { onServer: Number(counts[0]!.on_server), onAccountForType: Number(counts[0]!.on_account) };
  if (remainingQuota(row.type_code, usage, SERVER_TYPES) <= 0)
    throw new AppError('INVALID_STATE', quotaExhaustedMessage(row.type_code, SERVER_TYPES), 'serverId', {
      reason: 'quota_exhausted',
    });

  const { table, column, make } = TABLES[kind];
  for (let attempt = 0; attempt < 5; attempt++) {
    const { rows } = await tx.query<{ value: string }>(
      `INSERT INTO ${table} (${column}, server_id, state, created_at) VALUES ($1, $2, 'bound', $3)
       ON CONFLICT (${column}) DO NOTHING RETURNING ${column} AS value`,
      [make(), row.id, now],
    );
    if (rows[0]) return { value: rows[0].value, server: row };
  }
  throw new Error(`could not draw a unique ${kind} in 5 attempts`);
}
