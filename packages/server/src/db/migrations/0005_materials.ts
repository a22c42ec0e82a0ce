/**
 * Materials (资料): the images an applicant uploads for an order. The file itself is in the storage adapter,
 * sealed; a row holds what was proved about it (decoded type, size, dimensions, digest of the plain file).
 * A replaced or deleted material keeps its row (deleted_at) and loses its file.
 */
export default /* sql */ `
CREATE TABLE materials (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  order_id uuid NOT NULL REFERENCES orders (id),
  -- precheck-contract.md material code: 'subject_leader_id', 'domain_certificate', …
  code text NOT NULL,
  -- whose material, as in requiredMaterials: 'websites[0]', 'websites[0].domains[1]'; NULL = the subject's
  path text,
  -- the side of an ID document; NULL for one-sided documents
  side text CHECK (side IN ('front', 'back')),
  storage_key text NOT NULL UNIQUE,
  mime text NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'image/gif')),
  byte_size integer NOT NULL CHECK (byte_size > 0),
  width integer NOT NULL CHECK (width > 0),
  height integer NOT NULL CHECK (height > 0),
  sha256 text NOT NULL,
  uploaded_by uuid NOT NULL REFERENCES accounts (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  deleted_by uuid REFERENCES accounts (id)
);
-- one current file per slot (order, material, whose, side)
CREATE UNIQUE INDEX materials_slot ON materials (order_id, code, (coalesce(path, '')), (coalesce(side, '')))
  WHERE deleted_at IS NULL;
CREATE INDEX materials_order ON materials (order_id, created_at);
`;
