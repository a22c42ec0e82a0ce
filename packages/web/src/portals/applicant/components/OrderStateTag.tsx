/** An order's state as a coloured tag, its name from the core's transition table. */
import { ORDER_STATES, type OrderState } from '@beian/core';
import { Tag } from 'antd';
import { useTerm } from '../../../i18n/locale.js';

const COLOR: Record<OrderState, string> = {
  draft: 'default',
  submitted: 'processing',
  initial_rejected: 'error',
  verifying: 'processing',
  awaiting_documents: 'warning',
  pending_bureau_push: 'processing',
  sms_verification: 'warning',
  bureau_review: 'processing',
  bureau_rejected: 'error',
  returned: 'error',
  approved: 'success',
  abandoned: 'default',
};

export function OrderStateTag({ state }: { state: string }) {
  const term = useTerm();
  const known = state in ORDER_STATES ? (state as OrderState) : undefined;
  return <Tag color={known ? COLOR[known] : 'default'}>{known ? term(ORDER_STATES[known]) : state}</Tag>;
}
