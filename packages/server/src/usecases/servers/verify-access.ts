/**
 * 产品验证 (seed 000 line 23, seed 003 line 56): before an order is filled in, the applicant enters a 备案服务号 or
 * a 备案授权码; it must exist, still be 已绑定 (never used), and belong to a server that qualifies today. Any
 * account may use a number it was given (seed 004 line 391: the server's account and the filing account may
 * differ); the answer says nothing about the server's owner.
 */
import { SERVER_TYPES, SERVICE_NUMBER_STATES, type ServiceNumberState } from '@beian/core';
import { z } from 'zod';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { authorizationCodeSchema, serviceNumberSchema } from './access-codes.js';
import type { AccessKind } from './issue-access.js';
import { eligibilityOf, ineligibleError, SERVER_COLUMNS, type ServerRow } from './server-view.js';

export const verifyAccessInput = z
  .object({
    serviceNumber: serviceNumberSchema.optional(),
    authorizationCode: authorizationCodeSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.serviceNumber === undefined && v.authorizationCode === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['serviceNumber'],
        message: '请填写备案服务号，或填写备案授权码（二选一）',
      });
    else if (v.serviceNumber !== undefined && v.authorizationCode !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['authorizationCode'],
        message: '备案服务号与备案授权码只填一个',
      });
  });
export type VerifyAccessInput = z.infer<typeof verifyAccessInput>;

export const verifyAccessResult = z.object({
  kind: z.enum(['service_number', 'authorization_code']),
  value: z.string(),
  state: z.literal('bound'),
  stateName: z.string(),
  server: z.object({ typeCode: z.string(), typeName: z.string(), region: z.string(), mainland: z.boolean() }),
});
export type VerifyAccessResult = z.infer<typeof verifyAccessResult>;

export const ACCESS_TERMS: Record<AccessKind, { zh: string; table: string; column: string; field: string }> =
  {
    service_number: { zh: '备案服务号', table: 'service_numbers', column: 'number', field: 'serviceNumber' },
    authorization_code: {
      zh: '备案授权码',
      table: 'authorization_codes',
      column: 'code',
      field: 'authorizationCode',
    },
  };

/** zh-CN: why a number in `state` cannot be used, and what to do. */
export function notUsableMessage(kind: AccessKind, value: string, state: ServiceNumberState): string {
  const zh = ACCESS_TERMS[kind].zh;
  const why =
    state === 'filing'
      ? '已用于备案，正在备案中'
      : state === 'filed'
        ? '已被使用且备案成功'
        : '曾用于一个未完成的备案订单，已作废';
  return `${zh} ${value} ${why}，不能再用于其他网站备案：请使用其他未使用过（已绑定）的${zh}。`;
}

export async function verifyAccess(
  deps: Pick<Deps, 'db' | 'clock'>,
  input: VerifyAccessInput,
): Promise<VerifyAccessResult> {
  const kind: AccessKind = input.serviceNumber !== undefined ? 'service_number' : 'authorization_code';
  const value = (input.serviceNumber ?? input.authorizationCode)!;
  const t = ACCESS_TERMS[kind];
  const { rows } = await deps.db.query<ServerRow & { access_state: ServiceNumberState }>(
    `SELECT x.state AS access_state, ${SERVER_COLUMNS}
     FROM ${t.table} x JOIN servers s ON s.id = x.server_id WHERE x.${t.column} = $1`,
    [value],
  );
  const row = rows[0];
  if (!row)
    throw new AppError(
      'NOT_FOUND',
      `${t.zh}不存在：请核对后重新输入，或请服务器所在账号申请${t.zh}。`,
      t.field,
    );
  if (row.access_state !== 'bound')
    throw new AppError('INVALID_STATE', notUsableMessage(kind, value, row.access_state), t.field, {
      state: row.access_state,
    });
  const reasons = eligibilityOf(row, deps.clock.now());
  if (reasons.length > 0) throw ineligibleError(reasons, t.field);
  return {
    kind,
    value,
    state: 'bound',
    stateName: SERVICE_NUMBER_STATES.bound.zh,
    server: {
      typeCode: row.type_code,
      typeName: SERVER_TYPES[row.type_code as keyof typeof SERVER_TYPES]?.zh ?? row.type_code,
      region: row.region,
      mainland: row.mainland,
    },
  };
}
