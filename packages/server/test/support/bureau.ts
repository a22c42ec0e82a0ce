/**
 * Orders for the bureau stage: distinct valid identities per test (so filings never collide), an order submitted
 * with its materials and driven through initial review, verification to 待提交管局 (the curtain requested, shipped,
 * photographed and approved, or the Shanghai app path; documents mailed where the order needs it), and the
 * reviewer's push to the bureau — all through the HTTP API. No state is written by hand.
 */
import { PROVINCES, residentIdCheckChar, type ProvinceCode } from '@beian/core';
import type { OrderData } from '../../src/usecases/orders/order-data.js';
import { staff, type Agent, type TestApp } from './app.js';
import { freshPhoto, multipart, withMaterials } from './materials.js';
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

const reviewers = new WeakMap<TestApp, Promise<Agent & { email: string }>>();

/** The test app's one reviewer. */
export function reviewerOf(t: TestApp): Promise<Agent & { email: string }> {
  if (!reviewers.has(t)) reviewers.set(t, staff(t, 'reviewer', '王审核'));
  return reviewers.get(t)!;
}

/**
 * Create the order as `applicant` (with service numbers), upload the materials its precheck requires, submit it
 * and pass initial review; returns its id.
 */
export async function submittedAndReviewed(
  t: TestApp,
  applicant: Agent & { email: string },
  data: OrderInput,
): Promise<string> {
  const created = await applicant.post('/api/v1/orders', await withServiceNumbers(t, applicant, data));
  if (created.statusCode !== 201) throw new Error(`create: ${created.body}`);
  const id = (created.json() as { order: { id: string } }).order.id;
  await withMaterials(applicant, id);
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

type Step = {
  order: { state: string };
  verification: {
    method: 'curtain_photo' | 'shanghai_app';
    curtain: null | { shipment: null | object };
    photos: Array<{ path: string; needsUpload: boolean }>;
  };
};

async function step(
  res: Promise<{ statusCode: number; body: string; json(): unknown }>,
  what: string,
): Promise<Step> {
  const r = await res;
  if (r.statusCode >= 300) throw new Error(`${what}: ${r.statusCode} ${r.body}`);
  return r.json() as Step;
}

/**
 * From 核验中 to 待提交管局 the way the product goes: outside Shanghai the applicant asks for a curtain (unless one
 * was shipped to the order before: it serves later rounds), the reviewer ships it, the applicant uploads a new
 * photo of each website leader and the reviewer approves them; in Shanghai the applicant confirms the
 * 上海管局App check and the reviewer approves it. Where documents go by post (西藏 党政机关确认函) the applicant
 * enters the tracking number and the reviewer marks them received.
 */
export async function passVerification(
  t: TestApp,
  applicant: Agent & { email: string },
  orderId: string,
): Promise<void> {
  const reviewer = await reviewerOf(t);
  const url = (path: string) => `/api/v1/orders/${orderId}${path}`;
  let v = await step(applicant.get(url('/verification')), 'verification');
  if (v.order.state !== 'verifying') throw new Error(`order ${orderId} is ${v.order.state}, not verifying`);
  if (v.verification.method === 'shanghai_app') {
    await step(applicant.post(url('/verification/shanghai-app'), { completed: true }), 'Shanghai app');
    v = await step(reviewer.post(url('/verification/shanghai-app/approve')), 'approve the app check');
  } else {
    if (!v.verification.curtain)
      await step(
        applicant.post(url('/verification/curtain-request'), {
          province: 'BJ',
          address: '北京市东城区文化路12号3单元502室',
          recipient: '陈思远',
          mobile: '13901020102',
        }),
        'curtain request',
      );
    if (!v.verification.curtain?.shipment)
      await step(
        reviewer.post(url('/verification/curtain-request/shipment'), {
          carrier: '顺丰速运',
          trackingNumber: `SF${String(Date.now()).slice(-10)}`,
        }),
        'curtain shipment',
      );
    for (const slot of v.verification.photos.filter((p) => p.needsUpload)) {
      const { body, type } = multipart(
        { path: slot.path },
        { bytes: await freshPhoto(), name: 'curtain.jpg' },
      );
      await step(applicant.raw('POST', url('/verification/curtain-photos'), body, type), 'curtain photo');
    }
    v = await step(reviewer.post(url('/verification/curtain-photos/approve')), 'approve the photos');
  }
  if (v.order.state === 'awaiting_documents') {
    await step(
      applicant.post(url('/mailed-documents'), { carrier: 'EMS', trackingNumber: `EMS${Date.now()}` }),
      'mailed documents',
    );
    v = await step(reviewer.post(url('/mailed-documents/received')), 'documents received');
  }
  if (v.order.state !== 'pending_bureau_push')
    throw new Error(`order ${orderId} is ${v.order.state} after verification`);
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
  await passVerification(t, applicant, id);
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
