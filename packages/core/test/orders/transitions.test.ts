/** The order transition table: every event from every state, by every role. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  allowedEvents,
  isEditable,
  isTerminal,
  ORDER_EVENTS,
  ORDER_STATES,
  ROLES,
  transition,
  TRANSITIONS,
  type OrderState,
  type Role,
} from '../../src/orders/transitions.js';

const STATES = Object.keys(ORDER_STATES) as OrderState[];
const ROLE_LIST = Object.keys(ROLES) as Role[];

describe('order transitions', () => {
  test('a first filing from draft to approval, through every stage', () => {
    const path: Array<[OrderState, Parameters<typeof transition>[1], Role, object, OrderState]> = [
      ['draft', 'submit', 'applicant', { precheckOk: true }, 'submitted'],
      ['submitted', 'record_call', 'reviewer', {}, 'submitted'],
      ['submitted', 'approve_initial', 'reviewer', {}, 'verifying'],
      ['verifying', 'approve_verification', 'reviewer', { mailDocuments: true }, 'awaiting_documents'],
      ['awaiting_documents', 'documents_received', 'reviewer', {}, 'pending_bureau_push'],
      ['pending_bureau_push', 'push_to_bureau', 'system', { smsVerification: true }, 'sms_verification'],
      ['sms_verification', 'sms_verified', 'applicant', {}, 'bureau_review'],
      ['bureau_review', 'bureau_approve', 'bureau_operator', {}, 'approved'],
    ];
    for (const [from, event, role, facts, to] of path)
      assert.deepEqual(transition(from, event, role, facts), { ok: true, from, to });
  });

  test('a rejection is fixed and resubmitted', () => {
    assert.equal(transition('submitted', 'reject_initial', 'reviewer', { reasonCount: 2 }).ok, true);
    assert.deepEqual(transition('initial_rejected', 'edit', 'applicant'), {
      ok: true,
      from: 'initial_rejected',
      to: 'initial_rejected',
    });
    assert.deepEqual(transition('initial_rejected', 'submit', 'applicant', { precheckOk: true }), {
      ok: true,
      from: 'initial_rejected',
      to: 'submitted',
    });
  });

  test('guards: precheck must pass, a rejection needs reasons, unreachable needs two calls an hour apart', () => {
    assert.equal(transition('draft', 'submit', 'applicant', { precheckOk: false }).ok, false);
    const r = transition('submitted', 'reject_initial', 'reviewer', { reasonCount: 0 });
    assert.equal(r.ok || r.code, 'GUARD_FAILED');
    assert.equal(
      transition('submitted', 'reject_unreachable', 'reviewer', {
        unansweredCalls: 2,
        minutesBetweenCalls: 20,
      }).ok,
      false,
    );
    assert.equal(
      transition('submitted', 'reject_unreachable', 'reviewer', {
        unansweredCalls: 1,
        minutesBetweenCalls: 70,
      }).ok,
      false,
    );
    assert.equal(
      transition('submitted', 'reject_unreachable', 'reviewer', {
        unansweredCalls: 2,
        minutesBetweenCalls: 61,
      }).ok,
      true,
    );
  });

  test('roles: an applicant cannot approve, a reviewer cannot submit', () => {
    const a = transition('submitted', 'approve_initial', 'applicant');
    assert.equal(a.ok || a.code, 'FORBIDDEN');
    assert.match(a.ok ? '' : a.message, /申请人/);
    assert.equal(transition('draft', 'submit', 'reviewer', { precheckOk: true }).ok, false);
  });

  test('withdrawing is possible only before the initial review ends', () => {
    assert.equal(transition('submitted', 'withdraw', 'applicant').ok, true);
    for (const s of STATES.filter((x) => x !== 'submitted'))
      assert.equal(transition(s, 'withdraw', 'applicant').ok, false, s);
  });

  test('every (state, event, role) is decided consistently with allowedEvents', () => {
    for (const s of STATES)
      for (const role of ROLE_LIST) {
        const allowed = new Set(allowedEvents(s, role));
        for (const e of ORDER_EVENTS) {
          const r = transition(s, e, role, {
            precheckOk: true,
            reasonCount: 1,
            unansweredCalls: 2,
            minutesBetweenCalls: 60,
          });
          assert.equal(r.ok, allowed.has(e), `${s} ${e} ${role}`);
          if (r.ok) assert.ok(r.to in ORDER_STATES);
        }
      }
  });

  test('terminal and editable states', () => {
    assert.deepEqual(STATES.filter(isTerminal), ['approved', 'abandoned']);
    assert.deepEqual(STATES.filter(isEditable), ['draft', 'initial_rejected', 'bureau_rejected', 'returned']);
    for (const e of ORDER_EVENTS) assert.match(TRANSITIONS[e].zh, /[\u4e00-\u9fff]/);
  });

  test('every non-terminal state can be reached from draft', () => {
    const seen = new Set<OrderState>(['draft']);
    const facts = [
      { precheckOk: true, reasonCount: 1, unansweredCalls: 2, minutesBetweenCalls: 60 },
      { mailDocuments: true, smsVerification: true },
    ];
    for (let changed = true; changed;) {
      changed = false;
      for (const s of [...seen])
        for (const e of ORDER_EVENTS)
          for (const role of ROLE_LIST)
            for (const f of facts) {
              const r = transition(s, e, role, { ...facts[0], ...f });
              if (r.ok && !seen.has(r.to)) {
                seen.add(r.to);
                changed = true;
              }
            }
    }
    assert.deepEqual([...seen].sort(), [...STATES].sort());
  });
});
