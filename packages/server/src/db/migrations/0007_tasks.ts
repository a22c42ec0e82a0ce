/**
 * Deadlines are data (style.md 8): a task row with its due time, taken by workers with FOR UPDATE SKIP LOCKED
 * in bounded batches and applied once (done_at), retried with backoff when its handler fails.
 */
export default /* sql */ `
CREATE TABLE scheduled_tasks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL,
  order_id uuid REFERENCES orders (id),
  due_at timestamptz NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  done_at timestamptz,
  cancelled_at timestamptz,
  created_at timestamptz NOT NULL
);
CREATE INDEX scheduled_tasks_due ON scheduled_tasks (due_at) WHERE done_at IS NULL AND cancelled_at IS NULL;
CREATE INDEX scheduled_tasks_order ON scheduled_tasks (order_id, kind);
`;
