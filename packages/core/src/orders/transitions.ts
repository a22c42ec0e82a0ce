/**
 * The order lifecycle (备案订单) as one transition table: state × event → next state, who may fire it, and
 * what must hold. The server applies it with compare-and-set; the web app and the API derive each actor's
 * next actions from it; tests enumerate it. Seeds 000–003 give the stages: 初审 (1 working day, calls),
 * 核验 (幕布拍照 or 上海管局App), 邮寄资料, 提交管局 (within 1 working day), 短信核验 (48 hours), 管局审核.
 */
import type { Term } from '../glossary.js';

export const ORDER_STATES = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '待初审', en: 'Awaiting initial review' },
  initial_rejected: { zh: '初审驳回', en: 'Rejected at initial review' },
  verifying: { zh: '核验中', en: 'Verification' },
  awaiting_documents: { zh: '待邮寄资料', en: 'Awaiting mailed documents' },
  pending_bureau_push: { zh: '待提交管局', en: 'Awaiting push to the bureau' },
  sms_verification: { zh: '待短信核验', en: 'Awaiting SMS verification' },
  bureau_review: { zh: '管局审核中', en: 'Bureau review' },
  bureau_rejected: { zh: '管局驳回', en: 'Rejected by the bureau' },
  returned: { zh: '已退回', en: 'Returned' },
  approved: { zh: '备案成功', en: 'Approved' },
  abandoned: { zh: '已放弃', en: 'Abandoned' },
} as const satisfies Record<string, Term>;

export type OrderState = keyof typeof ORDER_STATES;

export const ROLES = {
  applicant: { zh: '申请人', en: 'Applicant' },
  reviewer: { zh: '初审员', en: 'Reviewer' },
  admin: { zh: '管理员', en: 'Administrator' },
  bureau_operator: { zh: '管局操作员', en: 'Bureau operator' },
  system: { zh: '系统', en: 'System' },
} as const satisfies Record<string, Term>;

export type Role = keyof typeof ROLES;

/** Facts a guard may need; the server fills what the event concerns. */
export type TransitionFacts = {
  /** submit: the precheck of the order as it stands passed (no error-severity violation). */
  precheckOk?: boolean;
  /** reject_initial: at least one reason was given. */
  reasonCount?: number;
  /** reject_unreachable: unanswered calls so far, and minutes between the first and the last. */
  unansweredCalls?: number;
  minutesBetweenCalls?: number;
  /** approve_verification: the order must mail documents (西藏 党政机关确认函). */
  mailDocuments?: boolean;
  /** push_to_bureau: the order goes through 短信核验. */
  smsVerification?: boolean;
  /** approve_initial: false when the order has no verification step (an after-filing order that keeps its people). */
  verification?: boolean;
};

/** The next state: fixed, chosen from the facts, or 'same' for events that keep the state (edit, call log). */
type Target = OrderState | 'same' | ((facts: TransitionFacts) => OrderState);
type Guard = (facts: TransitionFacts) => string | undefined;

export type TransitionDef = {
  readonly zh: string;
  readonly from: readonly OrderState[];
  readonly to: Target;
  readonly roles: readonly Role[];
  /** Returns a zh-CN reason when the event may not happen now. */
  readonly guard?: Guard;
};

const EDITABLE: readonly OrderState[] = ['draft', 'initial_rejected', 'bureau_rejected', 'returned'];

/** A second call about an hour after an unanswered one; still unreachable → rejection (seed 003). */
export const MIN_MINUTES_BETWEEN_CALLS = 55;

export const TRANSITIONS = {
  edit: { zh: '修改订单', from: EDITABLE, to: 'same', roles: ['applicant'] },
  submit: {
    zh: '提交初审',
    from: EDITABLE,
    to: 'submitted',
    roles: ['applicant'],
    guard: (f) => (f.precheckOk === true ? undefined : '预检未通过：请先修正订单中的错误再提交'),
  },
  withdraw: { zh: '撤回', from: ['submitted'], to: 'draft', roles: ['applicant'] },
  abandon: { zh: '放弃备案', from: [...EDITABLE, 'submitted'], to: 'abandoned', roles: ['applicant'] },
  record_call: { zh: '记录电话核实', from: ['submitted'], to: 'same', roles: ['reviewer'] },
  approve_initial: {
    zh: '初审通过',
    from: ['submitted'],
    to: (f) => (f.verification === false ? 'pending_bureau_push' : 'verifying'),
    roles: ['reviewer'],
  },
  reject_initial: {
    zh: '初审驳回',
    from: ['submitted'],
    to: 'initial_rejected',
    roles: ['reviewer'],
    guard: (f) => ((f.reasonCount ?? 0) > 0 ? undefined : '驳回须至少填写一条原因'),
  },
  reject_unreachable: {
    zh: '无法联系，驳回',
    from: ['submitted'],
    to: 'initial_rejected',
    roles: ['reviewer'],
    guard: (f) =>
      (f.unansweredCalls ?? 0) >= 2 && (f.minutesBetweenCalls ?? 0) >= MIN_MINUTES_BETWEEN_CALLS
        ? undefined
        : '须先拨打两次（间隔约1小时）均未接通，才能以无法联系驳回',
  },
  approve_verification: {
    zh: '核验通过',
    from: ['verifying'],
    to: (f) => (f.mailDocuments ? 'awaiting_documents' : 'pending_bureau_push'),
    roles: ['reviewer'],
  },
  reject_verification: { zh: '核验不通过', from: ['verifying'], to: 'same', roles: ['reviewer'] },
  documents_received: {
    zh: '资料已收到',
    from: ['awaiting_documents'],
    to: 'pending_bureau_push',
    roles: ['reviewer'],
  },
  push_to_bureau: {
    zh: '提交管局',
    from: ['pending_bureau_push'],
    to: (f) => (f.smsVerification ? 'sms_verification' : 'bureau_review'),
    roles: ['reviewer', 'system'],
  },
  sms_verified: {
    zh: '短信核验完成',
    from: ['sms_verification'],
    to: 'bureau_review',
    roles: ['applicant', 'system'],
  },
  sms_lapsed: { zh: '短信核验超时或失败', from: ['sms_verification'], to: 'returned', roles: ['system'] },
  bureau_approve: {
    zh: '管局审核通过',
    from: ['bureau_review'],
    to: 'approved',
    roles: ['bureau_operator', 'system'],
  },
  bureau_reject: {
    zh: '管局驳回',
    from: ['bureau_review'],
    to: 'bureau_rejected',
    roles: ['bureau_operator', 'system'],
    guard: (f) => ((f.reasonCount ?? 0) > 0 ? undefined : '驳回须至少填写一条原因'),
  },
} as const satisfies Record<string, TransitionDef>;

export type OrderEvent = keyof typeof TRANSITIONS;
export const ORDER_EVENTS = Object.keys(TRANSITIONS) as OrderEvent[];

export type TransitionResult =
  | { ok: true; from: OrderState; to: OrderState }
  | { ok: false; code: 'INVALID_STATE' | 'FORBIDDEN' | 'GUARD_FAILED'; message: string };

/** Decide an event: pure, no I/O. The caller then writes it with compare-and-set on `from`. */
export function transition(
  state: OrderState,
  event: OrderEvent,
  role: Role,
  facts: TransitionFacts = {},
): TransitionResult {
  const def: TransitionDef = TRANSITIONS[event];
  if (!def.roles.includes(role))
    return { ok: false, code: 'FORBIDDEN', message: `${ROLES[role].zh}不能执行“${def.zh}”` };
  if (!def.from.includes(state))
    return {
      ok: false,
      code: 'INVALID_STATE',
      message: `订单处于“${ORDER_STATES[state].zh}”，不能执行“${def.zh}”`,
    };
  const why = def.guard?.(facts);
  if (why) return { ok: false, code: 'GUARD_FAILED', message: why };
  const to = typeof def.to === 'function' ? def.to(facts) : def.to === 'same' ? state : def.to;
  return { ok: true, from: state, to };
}

/** The events `role` may fire on an order in `state` (guards aside): what the UI offers. */
export function allowedEvents(state: OrderState, role: Role): OrderEvent[] {
  return ORDER_EVENTS.filter((e) => {
    const def: TransitionDef = TRANSITIONS[e];
    return def.from.includes(state) && def.roles.includes(role);
  });
}

/** States the applicant may edit the order in. */
export function isEditable(state: OrderState): boolean {
  return EDITABLE.includes(state);
}

export function isTerminal(state: OrderState): boolean {
  return ORDER_EVENTS.every((e) => !(TRANSITIONS[e].from as readonly OrderState[]).includes(state));
}
