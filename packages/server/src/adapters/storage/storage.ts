/**
 * Where files live: a key-value store of bytes behind one interface, on local disk (the default, in
 * DATA_DIR/files) or in an S3-compatible bucket. Keys are ours (`materials/<order>/<material>`), never a name
 * a user chose. Use cases get the sealed store (`sealed.ts`): what leaves the process is encrypted.
 */
export interface BlobStorage {
  readonly kind: 'local' | 's3';
  /** Store `bytes` under `key`, replacing what was there. */
  put(key: string, bytes: Buffer): Promise<void>;
  /** The bytes under `key`, or null when there are none. */
  get(key: string): Promise<Buffer | null>;
  /** Remove `key`; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
}

const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;

/** Keys are relative slash-separated names of safe characters: no '..', no leading '/', no empty segment. */
export function assertKey(key: string): void {
  if (key.length > 512 || !KEY.test(key) || key.split('/').some((s) => s === '.' || s === '..'))
    throw new Error(`invalid storage key: ${JSON.stringify(key)}`);
}
