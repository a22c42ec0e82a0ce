/**
 * The provincial bureau (管局) as an adapter: 提交管局 hands a filing order over for the bureau's review and
 * gets the bureau's reference for it. Beian ships a simulator of the 31 bureaus behind this interface; a
 * provider connects the real system behind the same one.
 *
 * The caller never holds a database transaction across `submitFiling` (server README): it takes the order by
 * compare-and-set, calls the adapter, and records the answer by compare-and-set. A lost answer (timeout, crash
 * between the call and the record) is retried with the same `submissionId`, so an implementation must be
 * idempotent on it: the same id filed twice is one filing, answered with the same `bureauReference`.
 */
import type { FilingType, ProvinceCode } from '@beian/core';
import type { OrderData } from '../../usecases/orders/order-data.js';

/** An order as it is pushed to the bureau: what the bureau reviews. */
export type OrderSnapshot = {
  /** `${orderId}:${round}`: one submission per submission round of the order; the idempotency key. */
  readonly submissionId: string;
  readonly orderId: string;
  /** The order's submission round (a resubmission after a bureau rejection or a return is a new round). */
  readonly round: number;
  /** The order kind ('first_filing' orders today; changes and cancellations later). */
  readonly kind: string;
  readonly province: ProvinceCode;
  readonly filingType: FilingType | null;
  /** The order as filed, personal numbers in clear (the bureau needs them): an adapter seals what it keeps. */
  readonly data: OrderData;
  /** The order's current materials, by reference (the images stay in Beian's storage). */
  readonly materials: ReadonlyArray<{
    readonly id: string;
    /** A material code (precheck-contract.md) or a server-side code such as 'curtain_photo'. */
    readonly code: string;
    readonly path: string | null;
    readonly side: 'front' | 'back' | null;
    readonly mime: string;
    readonly sha256: string;
  }>;
  /** How the website leaders were verified (核验), when, and whether documents went by post (邮寄资料). */
  readonly verification: {
    readonly method: 'curtain_photo' | 'shanghai_app';
    readonly approvedAt: string;
    readonly mailedDocuments: boolean;
  };
  /** The order goes through 短信核验 after the push (core `needsSmsVerification`). */
  readonly smsVerification: boolean;
  /** When the provider pushed it (ISO 8601). */
  readonly pushedAt: string;
};

export type BureauSubmission = {
  /** The bureau's reference for the submission (its 受理编号), shown to staff and kept on the order. */
  readonly bureauReference: string;
};

export interface BureauAdapter {
  /**
   * 提交管局. Resolves once the bureau has accepted the submission; rejects when it could not be delivered
   * (the order then stays 待提交管局 and the push is retried). Idempotent on `snapshot.submissionId`.
   */
  submitFiling(snapshot: OrderSnapshot): Promise<BureauSubmission>;
}
