/**
 * 备案服务号管理 (seed 004 §5.2 lines 466–473): the service numbers and authorization codes of the actor's
 * servers with their states. Which order used one is not shown: the number may have been given to another account.
 */
import { SERVICE_NUMBER_STATES, SERVER_TYPES, type ServiceNumberState } from '@beian/core';
import { z } from 'zod';
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';

export const accessViewSchema = z.object({
  value: z.string(),
  state: z.enum(Object.keys(SERVICE_NUMBER_STATES) as [ServiceNumberState, ...ServiceNumberState[]]),
  stateName: z.string(),
  serverId: z.string(),
  instanceName: z.string(),
  typeName: z.string(),
  createdAt: z.string(),
  claimedAt: z.string().nullable(),
  filedAt: z.string().nullable(),
  voidedAt: z.string().nullable(),
});
export type AccessView = z.infer<typeof accessViewSchema>;

type Row = {
  value: string;
  state: ServiceNumberState;
  server_id: string;
  instance_name: string;
  type_code: string;
  created_at: Date;
  claimed_at: Date | null;
  filed_at: Date | null;
  voided_at: Date | null;
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

const view = (r: Row): AccessView => ({
  value: r.value,
  state: r.state,
  stateName: SERVICE_NUMBER_STATES[r.state].zh,
  serverId: r.server_id,
  instanceName: r.instance_name,
  typeName: SERVER_TYPES[r.type_code as keyof typeof SERVER_TYPES]?.zh ?? r.type_code,
  createdAt: r.created_at.toISOString(),
  claimedAt: iso(r.claimed_at),
  filedAt: iso(r.filed_at),
  voidedAt: iso(r.voided_at),
});

const select = (table: string, column: string) =>
  `SELECT x.${column} AS value, x.state, x.server_id, s.instance_name, s.type_code, x.created_at, x.claimed_at,
     x.filed_at, x.voided_at
   FROM ${table} x JOIN servers s ON s.id = x.server_id
   WHERE s.account_id = $1 ORDER BY x.created_at, x.${column}`;

export async function listMyServiceNumbers(
  deps: Pick<Deps, 'db'>,
  actor: Actor,
): Promise<{ serviceNumbers: AccessView[]; authorizationCodes: AccessView[] }> {
  const numbers = await deps.db.query<Row>(select('service_numbers', 'number'), [actor.accountId]);
  const codes = await deps.db.query<Row>(select('authorization_codes', 'code'), [actor.accountId]);
  return { serviceNumbers: numbers.rows.map(view), authorizationCodes: codes.rows.map(view) };
}
