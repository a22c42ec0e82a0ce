/**
 * The wizard's local copy of an order, kept in this browser on every change: nothing typed is lost on a reload,
 * a closed tab or a failed save. One copy per account and order ('new' before the server has the order).
 */
import type { OrderData } from '../../../api/types.js';

export type LocalDraft = {
  /** The server's order, once created. */
  orderId?: string;
  /** The server version the copy was based on (PUT compares it). */
  baseVersion?: number;
  data: OrderData;
  /** Changed since the server last saved it. */
  dirty: boolean;
  /** What 验证备案类型 decided, for a new order. */
  filingType?: string | null;
  updatedAt: string;
};

const PREFIX = 'beian.draft.';
const keyOf = (accountId: string, orderId: string | undefined) => `${PREFIX}${accountId}.${orderId ?? 'new'}`;

export function loadLocal(accountId: string, orderId: string | undefined): LocalDraft | undefined {
  try {
    const raw = localStorage.getItem(keyOf(accountId, orderId));
    return raw ? (JSON.parse(raw) as LocalDraft) : undefined;
  } catch {
    return undefined;
  }
}

/** Returns false when the browser refused (storage full or disabled). */
export function saveLocal(accountId: string, draft: LocalDraft): boolean {
  try {
    localStorage.setItem(keyOf(accountId, draft.orderId), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function removeLocal(accountId: string, orderId: string | undefined): void {
  try {
    localStorage.removeItem(keyOf(accountId, orderId));
  } catch {
    // nothing to do
  }
}
