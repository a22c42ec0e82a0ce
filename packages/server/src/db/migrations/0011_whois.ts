/**
 * The simulated WHOIS / registrar real-name data (域名注册信息): the facts the precheck's domain checks read,
 * one row per registrable domain, edited by an admin.
 */
export default /* sql */ `
-- domain: the registrable domain's ASCII form (punycode for IDN), lower case. registrar_approved: the registrar
-- holds MIIT approval (境内已获批复的注册商). holder_relation: for a unit, the holder is its shareholder or senior
-- manager (proof needed in some provinces).
CREATE TABLE whois_domains (
  domain text PRIMARY KEY CHECK (domain = lower(domain) AND domain <> ''),
  registrar text NOT NULL,
  registrar_approved boolean NOT NULL,
  real_name_verified boolean NOT NULL,
  real_name_verified_at date,
  holder text NOT NULL,
  holder_relation text CHECK (holder_relation IN ('shareholder', 'senior_manager')),
  expires_at date NOT NULL,
  privacy_protection boolean NOT NULL DEFAULT false,
  updated_by uuid REFERENCES accounts (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
`;
