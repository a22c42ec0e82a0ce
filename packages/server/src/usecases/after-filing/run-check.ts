/** The after-filing check of a request on the account's record, with the WHOIS facts of the domains concerned. */
import {
  chinaDateOf,
  checkAfterFiling,
  type AfterFilingRequest,
  type AfterFilingResult,
  type MaterialCode,
} from '@beian/core';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { whoisFactsSource } from '../orders/facts.js';
import type { Actor } from '../../auth/actor.js';
import { loadFiledRecord, type LoadedRecord } from './filed-record.js';

export async function recordOfActor(deps: Pick<Deps, 'db' | 'sealer'>, actor: Actor): Promise<LoadedRecord> {
  if (actor.role !== 'applicant') throw new AppError('FORBIDDEN', '只有申请人可以办理变更、注销或取消接入。');
  const loaded = await loadFiledRecord(deps.db, deps.sealer, actor.accountId);
  if (!loaded)
    throw new AppError(
      'NOT_FOUND',
      '本账号还没有已备案的主体：备案成功后才能办理变更、注销或取消接入。',
      'kind',
    );
  return loaded;
}

export async function runAfterFilingCheck(
  deps: Pick<Deps, 'db' | 'clock'> & Partial<Pick<Deps, 'facts'>>,
  loaded: LoadedRecord,
  request: AfterFilingRequest,
  materials?: readonly MaterialCode[],
): Promise<AfterFilingResult> {
  const asOf = chinaDateOf(deps.clock.now().toISOString());
  const websites = [
    ...(request.websites ?? []).map((w) => w.website),
    ...(request.kind === 'change_subject'
      ? loaded.record.websites.filter((w) => w.accessedHere).map((w) => w.website)
      : []),
  ];
  const subject = request.subject ?? loaded.record.subject;
  const facts = websites.length ? await whoisFactsSource(deps).facts({ subject, websites }) : {};
  return checkAfterFiling({
    asOf,
    record: loaded.record,
    request,
    ...(facts.domains ? { domains: facts.domains } : {}),
    ...(materials ? { materials } : {}),
  });
}

/**
 * The result as an order keeps it (orders.precheck): without `data`, which holds the personal numbers in clear —
 * the order's data column keeps them sealed, and orders.precheck is not encrypted.
 */
export function storedResult(result: AfterFilingResult): Omit<AfterFilingResult, 'data'> {
  const copy: Partial<AfterFilingResult> = { ...result };
  delete copy.data;
  return copy as Omit<AfterFilingResult, 'data'>;
}
