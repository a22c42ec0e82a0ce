/**
 * Orders for the bureau stage: distinct valid identities per test (so filings never collide), an order driven
 * through initial review (the API), verification to 待提交管局 (the reviewer's 核验通过 through the core's transition
 * table: the curtain-photo path is the verification suite's), and the reviewer's push to the bureau (the API).
 * No state is written by hand.
 */
import { PROVINCES, residentIdCheckChar, type ProvinceCode } from '@beian/core';
import type { Actor } from '../../src/auth/actor.js';
import type { OrderRow } from '../../src/usecases/orders/access.js';
import { applyTransition } from '../../src/usecases/orders/apply-transition.js';
import type { OrderData } from '../../src/usecases/orders/order-data.js';
import { staff, type Agent, type TestApp } from './app.js';
import { exampleOrder, withServiceNumbers, type OrderInput } from './orders.js';

let serial = 0;

/** A valid resident ID of the province, different on every call. */
export function residentId(province: ProvinceCode, birth = '19920708'): string {
  const n = ++serial;
  const first17 = `${PROVINCES[province].regionCode}0102${birth}${String(100 + (n % 900)).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

/** A mobile number different on every call. */
export function mobile(): string {
  return `139${String(10_000_000 + ((++serial * 7919) % 90_000_000)).padStart(8, '0')}`;
}

/** The shared BJ individual example moved to `province`, with its own ID, phone and domain. */
export function individualOrder(
  province: ProvinceCode,
): OrderInput & { id: string; mobile: string; domain: string } {
  const d = exampleOrder('base-BJ-individual') as unknown as OrderData;
  const id = residentId(province);
  const phone = mobile();
  const domain = `chensy${serial}${province.toLowerCase()}.cn`;
  const zh = PROVINCES[province].zh;
  d.subject.province = province;
  d.subject.certificate = {
    ...d.subject.certificate,
    number: id,
    addressProvince: province,
    address: `${zh}市文化路12号`,
  };
  d.subject.mailingAddress = { province, text: `${zh}市文化路12号3单元` };
  d.subject.leader = { ...d.subject.leader, certificateNumber: id, mobile: phone, mobileProvince: province };
  d.websites[0] = { ...d.websites[0]!, domains: [domain], homepage: `https://${domain}` };
  return { ...(d as unknown as OrderInput), id, mobile: phone, domain };
}

async function actorOf(t: TestApp, agent: Agent & { email: string }): Promise<Actor> {
  const { rows } = await t.db.query<{ id: string; role: Actor['role']; display_name: string }>(
    'SELECT id, role, display_name FROM accounts WHERE email = $1',
    [agent.email],
  );
  const r = rows[0]!;
  return { accountId: r.id, role: r.role, email: agent.email, displayName: r.display_name };
}

const reviewers = new WeakMap<TestApp, Promise<Agent & { email: string }>>();

/** The test app's one reviewer. */
export function reviewerOf(t: TestApp): Promise<Agent & { email: string }> {
  if (!reviewers.has(t)) reviewers.set(t, staff(t, 'reviewer', '王审核'));
  return reviewers.get(t)!;
}

/** Create and submit the order as `applicant` (with service numbers), pass initial review; returns its id. */
export async function submittedAndReviewed(
  t: TestApp,
  applicant: Agent & { email: string },
  data: OrderInput,
): Promise<string> {
  const created = await applicant.post('/api/v1/orders', await withServiceNumbers(t, applicant, data));
  if (created.statusCode !== 201) throw new Error(`create: ${created.body}`);
  const id = (created.json() as { order: { id: string } }).order.id;
  const submitted = await applicant.post(`/api/v1/orders/${id}/submit`);
  if (submitted.statusCode !== 200) throw new Error(`submit: ${submitted.body}`);
  await approveInitial(t, id);
  return id;
}

async function approveInitial(t: TestApp, orderId: string): Promise<void> {
  const reviewer = await reviewerOf(t);
  const approved = await reviewer.post(`/api/v1/orders/${orderId}/review/approve`);
  if (approved.statusCode !== 200) throw new Error(`initial review: ${approved.body}`);
}

/** From 核验中 to 待提交管局: the reviewer's 核验通过, through the transition table. */
export async function passVerification(t: TestApp, orderId: string): Promise<void> {
  const reviewer = await actorOf(t, await reviewerOf(t));
  await t.db.transaction(async (tx) => {
    const order = (await tx.query<OrderRow>('SELECT * FROM orders WHERE id = $1 FOR UPDATE', [orderId]))
      .rows[0]!;
    await applyTransition(tx, order, 'approve_verification', reviewer, t.clock.now(), {
      facts: { mailDocuments: false },
    });
  });
}

/** 提交管局 by the reviewer (POST /orders/:id/bureau-push): the push calls the bureau adapter, then records it. */
export async function pushToBureau(t: TestApp, orderId: string): Promise<string> {
  const reviewer = await reviewerOf(t);
  const res = await reviewer.post(`/api/v1/orders/${orderId}/bureau-push`);
  if (res.statusCode !== 200) throw new Error(`push: ${res.body}`);
  const { rows } = await t.db.query<{ reference: string }>(
    'SELECT f.reference FROM bureau_filings f JOIN orders o ON o.id = f.order_id AND o.round = f.round WHERE o.id = $1',
    [orderId],
  );
  return rows[0]!.reference;
}

/** An order of `applicant` at the bureau: created, reviewed, verified and pushed. Returns its id. */
export async function atBureau(
  t: TestApp,
  applicant: Agent & { email: string },
  data: OrderInput,
): Promise<string> {
  const id = await submittedAndReviewed(t, applicant, data);
  await passVerification(t, id);
  await pushToBureau(t, id);
  return id;
}

/** The 短信核验 codes sent for an order, by the phone they went to (read from the outbox, as a person reads an SMS). */
export async function smsCodes(t: TestApp, orderId: string): Promise<Map<string, string>> {
  const { rows } = await t.db.query<{ recipient: string; body: string }>(
    "SELECT recipient, body FROM outbox_messages WHERE order_id = $1 AND kind = 'bureau.sms_code' ORDER BY id",
    [orderId],
  );
  const out = new Map<string, string>();
  for (const r of rows) {
    const code = /核验码为(\d{6})/.exec(r.body)?.[1];
    if (code) out.set(t.deps.sealer.open(r.recipient), code);
  }
  return out;
}
