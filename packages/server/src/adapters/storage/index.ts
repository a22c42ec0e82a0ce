/** The storage the configuration names, sealed: `deps.storage`. */
import { join } from 'node:path';
import type { Config } from '../../config.js';
import type { Sealer } from '../../crypto/sealer.js';
import { LocalDiskStorage } from './local.js';
import { S3Storage } from './s3.js';
import { SealedStorage } from './sealed.js';

export type { BlobStorage } from './storage.js';
export { LocalDiskStorage } from './local.js';
export { S3Storage, type S3StorageOptions } from './s3.js';
export { SealedStorage } from './sealed.js';

export function createStorage(config: Pick<Config, 'storage' | 'dataDir'>, sealer: Sealer): SealedStorage {
  const s = config.storage;
  const inner =
    s.driver === 's3'
      ? new S3Storage({
          bucket: s.bucket,
          region: s.region,
          forcePathStyle: s.forcePathStyle,
          prefix: s.prefix,
          checksums: s.checksums,
          ...(s.endpoint ? { endpoint: s.endpoint } : {}),
          ...(s.accessKeyId ? { accessKeyId: s.accessKeyId } : {}),
          ...(s.secretAccessKey ? { secretAccessKey: s.secretAccessKey } : {}),
        })
      : new LocalDiskStorage(s.dir ?? join(config.dataDir, 'files'));
  return new SealedStorage(inner, sealer);
}
