/**
 * Encryption at rest for stored files: every put is sealed (AES-256-GCM under the data key, a fresh IV per
 * file) before the bytes leave the process, every get is opened and authenticated. A file that was altered or
 * swapped in storage fails to open instead of being served.
 */
import type { Sealer } from '../../crypto/sealer.js';
import type { BlobStorage } from './storage.js';

export class SealedStorage implements BlobStorage {
  readonly kind: BlobStorage['kind'];

  constructor(
    /** The store the sealed bytes go to. */
    readonly inner: BlobStorage,
    private readonly sealer: Sealer,
  ) {
    this.kind = inner.kind;
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    await this.inner.put(key, this.sealer.sealBytes(bytes));
  }

  async get(key: string): Promise<Buffer | null> {
    const sealed = await this.inner.get(key);
    return sealed === null ? null : this.sealer.openBytes(sealed);
  }

  async delete(key: string): Promise<void> {
    await this.inner.delete(key);
  }
}
