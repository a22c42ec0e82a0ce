/**
 * WHOIS facts by domain, for an admin (issue 4 item 3, the WHOIS simulator): view, create or replace, remove
 * the facts of a registrable domain. An order's precheck reads them at once (`defaultFactsSource`).
 */
import { analyzeDomain, isIsoDate } from '@beian/core';
import { z } from 'zod';
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import {
  deleteWhoisRecord,
  findWhoisRecord,
  saveWhoisRecord,
  whoisDomainKey,
} from '../../adapters/whois/simulator.js';

const domainText = z
  .string({ error: '请填写域名，如 example.cn' })
  .trim()
  .min(1, '请填写域名，如 example.cn')
  .max(253, '域名最长253个字符');

export const whoisDomainQuery = z.object({ domain: domainText });
export const whoisDomainParams = z.object({ domain: domainText });

const date = (what: string) =>
  z
    .string({ error: `请填写${what}（YYYY-MM-DD）` })
    .refine(isIsoDate, `${what}应为 YYYY-MM-DD 格式的日期，如 2028-06-30`);

const flag = (what: string) => z.boolean({ error: `请选择${what}（true 或 false）` });

export const whoisFactsInput = z.object({
  registrar: z
    .string({ error: '请填写注册商名称' })
    .trim()
    .min(1, '请填写注册商名称')
    .max(200, '注册商名称最长200个字符'),
  registrarApproved: flag('注册商是否已获工信部批复'),
  realNameVerified: flag('域名是否已实名认证'),
  realNameVerifiedAt: date('实名认证日期').optional(),
  holder: z
    .string({ error: '请填写域名持有者名称' })
    .trim()
    .min(1, '请填写域名持有者名称')
    .max(200, '域名持有者名称最长200个字符'),
  holderRelation: z
    .enum(['shareholder', 'senior_manager'], {
      error: '持有者与主办单位的关系应为 shareholder（股东）或 senior_manager（高级管理人员）',
    })
    .optional(),
  expiresAt: date('域名到期日期'),
  privacyProtection: flag('是否开启隐私保护').optional(),
});
export type WhoisFactsInput = z.infer<typeof whoisFactsInput>;

export const whoisRecordSchema = z.object({
  /** The registrable domain, ASCII (punycode for IDN), lower case. */
  domain: z.string(),
  /** The same domain in Unicode. */
  unicode: z.string(),
  facts: z.object({
    registrar: z.string(),
    registrarApproved: z.boolean(),
    realNameVerified: z.boolean(),
    realNameVerifiedAt: z.string().optional(),
    holder: z.string(),
    holderRelation: z.enum(['shareholder', 'senior_manager']).optional(),
    expiresAt: z.string(),
    privacyProtection: z.boolean().optional(),
  }),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});
export type WhoisRecordView = z.infer<typeof whoisRecordSchema>;

function assertAdmin(actor: Actor): void {
  if (actor.role !== 'admin') throw new AppError('FORBIDDEN', '维护域名注册信息需要管理员身份。');
}

/** The registrable domain's key, or INVALID_INPUT naming `domain`. */
function domainKey(input: string): string {
  const a = analyzeDomain(input);
  const key = whoisDomainKey(input);
  if (!a.ok || key === undefined)
    throw new AppError(
      'INVALID_INPUT',
      `域名“${input}”格式不正确或没有公共后缀：请填写可注册的域名，如 example.cn、例子.中国。`,
      'domain',
    );
  if (!a.isRegistrable)
    throw new AppError(
      'INVALID_INPUT',
      `“${input}”不是可注册的域名（主域名是 ${a.registrable ?? '无'}）：请填写主域名。`,
      'domain',
    );
  return key;
}

function view(key: string, rec: NonNullable<Awaited<ReturnType<typeof findWhoisRecord>>>): WhoisRecordView {
  const a = analyzeDomain(key);
  return {
    domain: key,
    unicode: a.ok ? a.unicode : key,
    facts: rec.facts,
    updatedAt: rec.updatedAt,
    updatedBy: rec.updatedBy,
  };
}

export async function whoisFacts(
  deps: Pick<Deps, 'db'>,
  actor: Actor,
  domain: string,
): Promise<WhoisRecordView> {
  assertAdmin(actor);
  const key = domainKey(domain);
  const rec = await findWhoisRecord(deps.db, key);
  if (!rec) throw new AppError('NOT_FOUND', `没有域名 ${key} 的注册信息：可用 PUT 录入。`, 'domain');
  return view(key, rec);
}

export async function saveWhoisFacts(
  deps: Pick<Deps, 'db' | 'clock'>,
  actor: Actor,
  domain: string,
  input: WhoisFactsInput,
): Promise<WhoisRecordView> {
  assertAdmin(actor);
  const key = domainKey(domain);
  if (input.realNameVerifiedAt !== undefined && !input.realNameVerified)
    throw new AppError(
      'INVALID_INPUT',
      '域名未实名认证时不应填写实名认证日期：请删去实名认证日期，或选择已实名认证。',
      'realNameVerifiedAt',
    );
  const { realNameVerifiedAt, holderRelation, privacyProtection, ...rest } = input;
  await saveWhoisRecord(
    deps.db,
    key,
    {
      ...rest,
      ...(realNameVerifiedAt === undefined ? {} : { realNameVerifiedAt }),
      ...(holderRelation === undefined ? {} : { holderRelation }),
      privacyProtection: privacyProtection ?? false,
    },
    actor.accountId,
    deps.clock.now(),
  );
  return whoisFacts(deps, actor, key);
}

export async function deleteWhoisFacts(deps: Pick<Deps, 'db'>, actor: Actor, domain: string): Promise<void> {
  assertAdmin(actor);
  const key = domainKey(domain);
  if (!(await deleteWhoisRecord(deps.db, key)))
    throw new AppError('NOT_FOUND', `没有域名 ${key} 的注册信息。`, 'domain');
}
