/**
 * 添加服务器: provider staff (admin) add a server to an account — the simulated purchase (for the demo, and for a
 * provider whose billing lives elsewhere). The server is stored as bought, eligible or not: the owner's list
 * says why it cannot give service numbers (seed 004 §5.1).
 */
import { SERVER_TYPE_CODES } from '@beian/core';
import { z } from 'zod';
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { emailSchema } from '../accounts/register-account.js';
import { SERVER_COLUMNS, viewServer, type ServerRow, type ServerView } from './server-view.js';

const months = (what: string) =>
  z
    .int({ error: `${what}须为整数（月）` })
    .min(0, `${what}不能为负数`)
    .max(1200, `${what}最多1200个月`);

export const registerServerInput = z
  .object({
    ownerEmail: emailSchema,
    typeCode: z.enum(SERVER_TYPE_CODES, { error: '请选择服务器类型（见 GET /api/v1/server-types）' }),
    instanceName: z
      .string({ error: '请填写实例名称' })
      .trim()
      .min(1, '请填写实例名称')
      .max(100, '实例名称最多100字'),
    region: z
      .string({ error: '请填写地域，如 cn-hangzhou' })
      .trim()
      .regex(/^[a-z][a-z0-9-]{1,39}$/, '地域须为地域代码，如 cn-hangzhou'),
    mainland: z.boolean({ error: '请说明是否为中国内地（大陆）节点（true 或 false）' }),
    billing: z.enum(['prepaid', 'postpaid'], {
      error: '计费方式须为 prepaid（包年包月）或 postpaid（按量付费）',
    }),
    prepaidMonths: months('包年包月购买时长').optional(),
    firstPurchaseMonths: months('首次购买周期').optional(),
    expiresOn: z.iso.date({ error: '到期日须为日期，如 2027-11-30' }).optional(),
    publicBandwidthMbps: z
      .int({ error: '公网带宽须为整数（Mbps）' })
      .min(0, '公网带宽不能为负数')
      .max(100_000, '公网带宽过大')
      .default(0),
    orderAmountYuan: z
      .number({ error: '订单金额须为数字（元）' })
      .min(0, '订单金额不能为负数')
      .max(100_000_000, '订单金额过大')
      .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, '订单金额最多两位小数')
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.billing !== 'prepaid') return;
    if (v.prepaidMonths === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['prepaidMonths'],
        message: '包年包月的服务器请填写购买时长（月）',
      });
    if (v.expiresOn === undefined)
      ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: '包年包月的服务器请填写到期日' });
  });
export type RegisterServerInput = z.infer<typeof registerServerInput>;

export async function registerServer(
  deps: Pick<Deps, 'db' | 'clock'>,
  actor: Actor,
  input: RegisterServerInput,
): Promise<{ server: ServerView; ownerAccountId: string }> {
  if (actor.role !== 'admin') throw new AppError('FORBIDDEN', '只有管理员可以为账号添加服务器。');
  const { rows: owners } = await deps.db.query<{ id: string; role: string }>(
    'SELECT id, role FROM accounts WHERE email = $1',
    [input.ownerEmail],
  );
  const owner = owners[0];
  if (!owner) throw new AppError('NOT_FOUND', '没有这个账号：请核对所有者邮箱。', 'ownerEmail');
  if (owner.role !== 'applicant')
    throw new AppError('INVALID_INPUT', '服务器只能添加到申请人账号：请填写申请人的邮箱。', 'ownerEmail');
  const prepaid = input.billing === 'prepaid';
  const now = deps.clock.now();
  const { rows } = await deps.db.query<ServerRow>(
    `WITH s AS (
       INSERT INTO servers (account_id, type_code, instance_name, region, mainland, billing, prepaid_months,
         first_purchase_months, expires_on, public_bandwidth_mbps, order_amount_fen, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING *
     ) SELECT ${SERVER_COLUMNS} FROM s`,
    [
      owner.id,
      input.typeCode,
      input.instanceName,
      input.region,
      input.mainland,
      input.billing,
      prepaid ? input.prepaidMonths : null,
      prepaid ? (input.firstPurchaseMonths ?? input.prepaidMonths) : null,
      prepaid ? input.expiresOn : null,
      input.publicBandwidthMbps,
      input.orderAmountYuan === undefined ? null : Math.round(input.orderAmountYuan * 100),
      actor.accountId,
      now,
    ],
  );
  return { server: await viewServer(deps.db, rows[0]!, now), ownerAccountId: owner.id };
}
