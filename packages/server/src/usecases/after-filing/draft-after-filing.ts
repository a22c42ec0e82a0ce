/**
 * 新建 / 修改 an after-filing order (draft): the request is checked on the account's record at once, so the draft
 * carries its findings, materials and steps like a filing order's precheck. One order in progress per account
 * (create-order.ts): a change waits for a filing in flight, and the other way round.
 */
import { isEditable, isTerminal, type AfterFilingResult } from '@beian/core';
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { loadOrderForActor, type OrderRow } from '../orders/access.js';
import { sealOrderData, subjectKey, type OrderData } from '../orders/order-data.js';
import { orderView, type OrderView } from '../orders/order-view.js';
import { currentReasons } from '../orders/reasons.js';
import { saveEdit } from '../orders/save-edit.js';
import type { LoadedRecord } from './filed-record.js';
import { isAfterFilingKind, type AfterFilingRequestInput, type StoredTarget } from './request.js';
import { recordOfActor, runAfterFilingCheck, storedResult } from './run-check.js';

function storedTarget(
  deps: Pick<Deps, 'sealer'>,
  loaded: LoadedRecord,
  request: AfterFilingRequestInput,
  result: AfterFilingResult,
): StoredTarget {
  const byNumber = new Map(loaded.record.websites.map((w) => [w.icpNumber, w.website]));
  const before: OrderData = {
    subject: loaded.record.subject,
    websites: result.websiteNumbers.map((n) => byNumber.get(n)!),
  };
  return {
    subjectIcpNumber: loaded.record.icpNumber,
    websiteNumbers: result.websiteNumbers,
    ...(request.targets ? { targets: request.targets } : {}),
    ...(request.declarations ? { declarations: request.declarations } : {}),
    changedPaths: result.changedPaths,
    before: sealOrderData(before, deps.sealer),
  };
}

/** Dry run: what the request would give, nothing written. */
export async function checkAfterFilingRequest(
  deps: Deps,
  actor: Actor,
  request: AfterFilingRequestInput,
): Promise<AfterFilingResult> {
  return runAfterFilingCheck(deps, await recordOfActor(deps, actor), request);
}

export async function createAfterFilingOrder(
  deps: Deps,
  actor: Actor,
  request: AfterFilingRequestInput,
): Promise<OrderView> {
  const loaded = await recordOfActor(deps, actor);
  const { rows: open } = await deps.db.query<{ state: OrderRow['state'] }>(
    'SELECT state FROM orders WHERE account_id = $1',
    [actor.accountId],
  );
  if (open.some((o) => !isTerminal(o.state)))
    throw new AppError(
      'ALREADY_EXISTS',
      '本账号已有一个进行中的订单：请先办理完成或放弃该订单，再办理变更或注销。',
    );
  const result = await runAfterFilingCheck(deps, loaded, request);
  const now = deps.clock.now();
  const row = await deps.db.transaction(async (tx) => {
    const { rows } = await tx.query<OrderRow>(
      `INSERT INTO orders (account_id, kind, state, province, filing_type, data, precheck, target, subject_key,
         created_at, updated_at)
       VALUES ($1, $2, 'draft', $3, NULL, $4, $5, $6, $7, $8, $8) RETURNING *`,
      [
        actor.accountId,
        request.kind,
        loaded.record.subject.province,
        JSON.stringify(sealOrderData(result.data, deps.sealer)),
        JSON.stringify(storedResult(result)),
        JSON.stringify(storedTarget(deps, loaded, request, result)),
        // the account's subject: the record's certificate until an approved change says otherwise
        subjectKey({ subject: loaded.record.subject, websites: [] }, deps.sealer),
        now,
      ],
    );
    await tx.query(
      `INSERT INTO order_events (order_id, at, actor_account_id, actor_role, event, from_state, to_state, detail)
       VALUES ($1, $2, $3, 'applicant', 'create', NULL, 'draft', $4)`,
      [rows[0]!.id, now, actor.accountId, JSON.stringify({ kind: request.kind })],
    );
    return rows[0]!;
  });
  return orderView(row, actor, deps.sealer, { unmasked: true });
}

export async function updateAfterFilingOrder(
  deps: Deps,
  actor: Actor,
  orderId: string,
  input: { version: number; request: AfterFilingRequestInput },
): Promise<OrderView> {
  const order = await loadOrderForActor(deps.db, actor, orderId);
  if (order.account_id !== actor.accountId) throw new AppError('FORBIDDEN', '只有订单的申请人可以修改订单。');
  if (!isAfterFilingKind(order.kind))
    throw new AppError('INVALID_INPUT', '这是备案订单，不是变更或注销订单：请在备案向导中修改。', 'orderId');
  if (input.request.kind !== order.kind)
    throw new AppError(
      'INVALID_INPUT',
      '业务类型不能更改：如需办理其他业务，请放弃本订单后新建。',
      'request.kind',
    );
  if (!isEditable(order.state))
    throw new AppError('INVALID_STATE', '订单已提交，当前不能修改：如需修改请先撤回。');
  const loaded = await recordOfActor(deps, actor);
  const result = await runAfterFilingCheck(deps, loaded, input.request);
  const now = deps.clock.now();
  const updated = await deps.db.transaction((tx) =>
    saveEdit(tx, order, input.version, actor, now, {
      data: sealOrderData(result.data, deps.sealer),
      precheck: storedResult(result),
      target: storedTarget(deps, loaded, input.request, result),
    }),
  );
  return orderView(updated, actor, deps.sealer, {
    unmasked: true,
    reasons: await currentReasons(deps.db, order.id),
  });
}
