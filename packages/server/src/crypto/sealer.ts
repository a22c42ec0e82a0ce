/**
 * Personal data at rest (ID numbers, phone numbers, certificate images) is sealed with AES-256-GCM under the
 * deployment's data key: a sealed value is 'v1:' + base64(iv ‖ tag ‖ ciphertext). The key comes from DATA_KEY,
 * or on the embedded default from DATA_DIR/keys/data.key, created on first start (never in production).
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PREFIX = 'v1:';

export class Sealer {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('data key must be 32 bytes');
  }

  sealBytes(plain: Buffer): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  }

  openBytes(sealed: Buffer): Buffer {
    const decipher = createDecipheriv('aes-256-gcm', this.key, sealed.subarray(0, 12));
    decipher.setAuthTag(sealed.subarray(12, 28));
    return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
  }

  seal(plain: string): string {
    return PREFIX + this.sealBytes(Buffer.from(plain, 'utf8')).toString('base64');
  }

  open(sealed: string): string {
    if (!Sealer.isSealed(sealed)) throw new Error('not a sealed value');
    return this.openBytes(Buffer.from(sealed.slice(PREFIX.length), 'base64')).toString('utf8');
  }

  /** A keyed blind index: equal inputs give equal outputs, and the value cannot be read back (lookups by ID number). */
  index(value: string): string {
    return createHmac('sha256', this.key).update(`beian-index:${value}`).digest('base64url');
  }

  static isSealed(value: unknown): value is string {
    return typeof value === 'string' && value.startsWith(PREFIX);
  }
}

/** The data key: DATA_KEY (base64) if set, else the key file in DATA_DIR, created when missing. */
export function loadDataKey(config: { dataKey?: string; dataDir: string }): Buffer {
  if (config.dataKey) return Buffer.from(config.dataKey, 'base64');
  const dir = join(config.dataDir, 'keys');
  const file = join(dir, 'data.key');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  chmodSync(file, 0o600);
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
}
