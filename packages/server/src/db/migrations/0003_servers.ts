/**
 * Servers and what ties a website to one (seed 004 §5, seed 003): the servers an account holds, the
 * 备案服务号 (service numbers) and 备案授权码 (authorization codes) they give.
 *
 * A number or code moves 已绑定 (bound) → 备案中 (filing, claimed by one website of one order) → 已备案 (filed),
 * or 备案中 → 已作废 (void) when its order ends without a filing. It never goes back: a claimed number is never
 * bound again, even after the website is cancelled (seed 004 lines 392, 449). The use cases move it with
 * compare-and-set; the trigger below refuses any other change, so no code path can make it reusable.
 */
export default /* sql */ `
CREATE TABLE servers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  account_id uuid NOT NULL REFERENCES accounts (id),
  type_code text NOT NULL,
  instance_name text NOT NULL,
  region text NOT NULL,
  mainland boolean NOT NULL,
  billing text NOT NULL CHECK (billing IN ('prepaid', 'postpaid')),
  -- months bought in total, renewals included; the first purchase's period; the last day of the period
  prepaid_months integer CHECK (prepaid_months >= 0),
  first_purchase_months integer CHECK (first_purchase_months >= 0),
  expires_on date,
  public_bandwidth_mbps integer NOT NULL DEFAULT 0 CHECK (public_bandwidth_mbps >= 0),
  -- the (single) order's amount in fen (分)
  order_amount_fen bigint CHECK (order_amount_fen >= 0),
  created_by uuid REFERENCES accounts (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (billing = 'postpaid' OR (prepaid_months IS NOT NULL AND expires_on IS NOT NULL))
);
CREATE INDEX servers_account_type ON servers (account_id, type_code);

CREATE TABLE service_numbers (
  number text PRIMARY KEY,
  server_id uuid NOT NULL REFERENCES servers (id),
  state text NOT NULL DEFAULT 'bound' CHECK (state IN ('bound', 'filing', 'filed', 'void')),
  order_id uuid REFERENCES orders (id),
  website_index integer CHECK (website_index >= 0),
  created_at timestamptz NOT NULL,
  claimed_at timestamptz,
  filed_at timestamptz,
  voided_at timestamptz,
  CHECK ((state = 'bound') = (order_id IS NULL)),
  CHECK ((order_id IS NULL) = (website_index IS NULL)),
  CHECK ((order_id IS NULL) = (claimed_at IS NULL)),
  CHECK ((state = 'filed') = (filed_at IS NOT NULL)),
  CHECK ((state = 'void') = (voided_at IS NOT NULL))
);
CREATE INDEX service_numbers_server ON service_numbers (server_id);
-- one number or code per website of an order (a voided one leaves its website free for another)
CREATE UNIQUE INDEX service_numbers_order_website ON service_numbers (order_id, website_index)
  WHERE state IN ('filing', 'filed');

CREATE TABLE authorization_codes (
  code text PRIMARY KEY,
  server_id uuid NOT NULL REFERENCES servers (id),
  state text NOT NULL DEFAULT 'bound' CHECK (state IN ('bound', 'filing', 'filed', 'void')),
  order_id uuid REFERENCES orders (id),
  website_index integer CHECK (website_index >= 0),
  created_at timestamptz NOT NULL,
  claimed_at timestamptz,
  filed_at timestamptz,
  voided_at timestamptz,
  CHECK ((state = 'bound') = (order_id IS NULL)),
  CHECK ((order_id IS NULL) = (website_index IS NULL)),
  CHECK ((order_id IS NULL) = (claimed_at IS NULL)),
  CHECK ((state = 'filed') = (filed_at IS NOT NULL)),
  CHECK ((state = 'void') = (voided_at IS NOT NULL))
);
CREATE INDEX authorization_codes_server ON authorization_codes (server_id);
-- one number or code per website of an order (a voided one leaves its website free for another)
CREATE UNIQUE INDEX authorization_codes_order_website ON authorization_codes (order_id, website_index)
  WHERE state IN ('filing', 'filed');

-- Forward only: bound → filing → filed | void; the server, the claiming order and the timestamps once set never
-- change.
CREATE FUNCTION access_claim_forward_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  rank_old integer := CASE OLD.state WHEN 'bound' THEN 0 WHEN 'filing' THEN 1 ELSE 2 END;
  rank_new integer := CASE NEW.state WHEN 'bound' THEN 0 WHEN 'filing' THEN 1 ELSE 2 END;
BEGIN
  IF NEW.server_id IS DISTINCT FROM OLD.server_id
     OR (OLD.state <> NEW.state AND rank_new <= rank_old)
     OR (OLD.state IN ('filed', 'void') AND NEW.state <> OLD.state)
     OR (OLD.order_id IS NOT NULL AND NEW.order_id IS DISTINCT FROM OLD.order_id)
     -- the website's place in its order may move while the order is still in filing (a website removed)
     OR (OLD.website_index IS NOT NULL AND NEW.website_index IS DISTINCT FROM OLD.website_index
         AND NOT (OLD.state = 'filing' AND NEW.state = 'filing' AND NEW.website_index IS NOT NULL))
     OR (OLD.claimed_at IS NOT NULL AND NEW.claimed_at IS DISTINCT FROM OLD.claimed_at) THEN
    RAISE EXCEPTION 'a claimed service number or authorization code never goes back (% → %)', OLD.state, NEW.state
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$fn$;
CREATE TRIGGER service_numbers_forward_only BEFORE UPDATE ON service_numbers
  FOR EACH ROW EXECUTE FUNCTION access_claim_forward_only();
CREATE TRIGGER authorization_codes_forward_only BEFORE UPDATE ON authorization_codes
  FOR EACH ROW EXECUTE FUNCTION access_claim_forward_only();
-- Never deleted: a deleted number would free its quota slot, which the seed says never happens (line 147).
CREATE FUNCTION access_claim_no_delete() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION 'service numbers and authorization codes are never deleted' USING ERRCODE = 'check_violation';
END
$fn$;
CREATE TRIGGER service_numbers_no_delete BEFORE DELETE ON service_numbers
  FOR EACH ROW EXECUTE FUNCTION access_claim_no_delete();
CREATE TRIGGER authorization_codes_no_delete BEFORE DELETE ON authorization_codes
  FOR EACH ROW EXECUTE FUNCTION access_claim_no_delete();
`;
