/**
 * A minimal in-memory bureau behind the bureau adapter, for the verification tests only (the real default is the
 * simulator of the 31 bureaus). It keeps what it received, answers with one reference per submission id (the
 * adapter's idempotency contract), and can be told to fail the next calls or to lose its answer after accepting
 * (a timeout after the bureau took the filing). With `probe`, every call opens a transaction of its own first:
 * on the embedded engine that waits forever if the caller still holds one, so a push that held its transaction
 * across the call would hang the test instead of passing it.
 */
import type { BureauAdapter, BureauSubmission, OrderSnapshot } from '../../src/adapters/bureau/bureau.js';
import type { Db } from '../../src/db/db.js';

export class StandInBureau implements BureauAdapter {
  readonly received: OrderSnapshot[] = [];
  private readonly references = new Map<string, string>();
  private failures = 0;
  private lostAnswers = 0;
  probe: Db | undefined;

  /** The next `n` calls fail before the bureau takes anything. */
  failNext(n = 1): void {
    this.failures += n;
  }

  /** The next `n` calls are taken by the bureau, but the answer never arrives. */
  loseNextAnswers(n = 1): void {
    this.lostAnswers += n;
  }

  async submitFiling(snapshot: OrderSnapshot): Promise<BureauSubmission> {
    if (this.probe) await this.probe.transaction((tx) => tx.query('SELECT 1'));
    if (this.failures > 0) {
      this.failures--;
      throw new Error('管局接口连接超时');
    }
    this.received.push(snapshot);
    let reference = this.references.get(snapshot.submissionId);
    if (!reference) {
      reference = `${snapshot.province}-STANDIN-${String(this.references.size + 1).padStart(4, '0')}`;
      this.references.set(snapshot.submissionId, reference);
    }
    if (this.lostAnswers > 0) {
      this.lostAnswers--;
      throw new Error('管局接口应答超时');
    }
    return { bureauReference: reference };
  }
}
