/** An order's state changes, newest first (GET /orders/:id/history). */
import { ORDER_STATES, ROLES, type OrderState, type Role } from '@beian/core';
import { Alert, Card, Skeleton, Timeline, Typography } from 'antd';
import { errorMessage } from '../api/api-error.js';
import { useOrderHistory } from '../api/queries.js';
import type { HistoryEvent } from '../api/types.js';
import { useT, useTerm } from '../i18n/locale.js';
import { formatChinaTime } from './reuse.js';

const FAILED = new Set(['initial_rejected', 'bureau_rejected', 'returned']);

/** Saves while the applicant typed are one edit event each: consecutive ones are shown as one row. */
function collapse(events: readonly HistoryEvent[]): (HistoryEvent & { times: number })[] {
  const out: (HistoryEvent & { times: number })[] = [];
  for (const e of events) {
    const last = out[out.length - 1];
    if (last && e.event === last.event && (e.event === 'edit' || e.event === 'record_call'))
      out[out.length - 1] = { ...e, times: last.times + 1 };
    else out.push({ ...e, times: 1 });
  }
  return out;
}

export function HistoryCard({ orderId }: { orderId: string }) {
  const t = useT();
  const term = useTerm();
  const history = useOrderHistory(orderId);
  return (
    <Card size="small" title={t('办理记录', 'History')}>
      {history.isPending ? (
        <Skeleton active />
      ) : history.isError ? (
        <Alert type="error" showIcon title={errorMessage(history.error)} />
      ) : (
        <Timeline
          items={collapse(history.data)
            .reverse()
            .map((e) => ({
              color: FAILED.has(e.toState) ? 'red' : e.toState === 'approved' ? 'green' : 'blue',
              title: formatChinaTime(e.at),
              content: (
                <>
                  <Typography.Text strong>
                    {e.eventZh}
                    {e.times > 1 ? t(`（${e.times}次）`, ` (${e.times}×)`) : ''}
                  </Typography.Text>
                  <br />
                  <Typography.Text type="secondary">
                    {e.toState in ORDER_STATES ? term(ORDER_STATES[e.toState as OrderState]) : e.toState} ·{' '}
                    {e.actorRole in ROLES ? term(ROLES[e.actorRole as Role]) : e.actorRole}
                  </Typography.Text>
                </>
              ),
            }))}
        />
      )}
    </Card>
  );
}
