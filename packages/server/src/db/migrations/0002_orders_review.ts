/** Initial review (初审): the submission round, the reasons per field, and the call log. */
export default /* sql */ `
ALTER TABLE orders ADD COLUMN round integer NOT NULL DEFAULT 0;
-- the subject's certificate number (a sealed copy lives in data): one subject per applicant account
ALTER TABLE orders ADD COLUMN subject_key text NOT NULL DEFAULT '';

CREATE TABLE review_reasons (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  order_id uuid NOT NULL REFERENCES orders (id),
  round integer NOT NULL,
  stage text NOT NULL,
  path text NOT NULL,
  message text NOT NULL,
  created_by uuid REFERENCES accounts (id),
  created_at timestamptz NOT NULL
);
CREATE INDEX review_reasons_order ON review_reasons (order_id, round);

CREATE TABLE review_calls (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  order_id uuid NOT NULL REFERENCES orders (id),
  round integer NOT NULL,
  reviewer_id uuid NOT NULL REFERENCES accounts (id),
  called_at timestamptz NOT NULL,
  answered boolean NOT NULL,
  note text NOT NULL DEFAULT ''
);
CREATE INDEX review_calls_order ON review_calls (order_id, round);
`;
