/**
 * An S3-compatible bucket (AWS S3, MinIO, the S3 APIs of China-region clouds). Checksums are computed and
 * validated only when an operation requires them (WHEN_REQUIRED): with the SDK's default, bodies are sent
 * aws-chunked and several S3-compatible servers store the chunk framing — the file comes back corrupted.
 */
import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { assertKey, type BlobStorage } from './storage.js';

export type S3StorageOptions = {
  bucket: string;
  region: string;
  endpoint?: string;
  forcePathStyle: boolean;
  accessKeyId?: string;
  secretAccessKey?: string;
  /** Prepended to every key ('beian/' → 'beian/materials/…'). */
  prefix: string;
  checksums: 'WHEN_REQUIRED' | 'WHEN_SUPPORTED';
};

export class S3Storage implements BlobStorage {
  readonly kind = 's3';
  readonly client: S3Client;

  constructor(private readonly opts: S3StorageOptions) {
    const config: S3ClientConfig = {
      region: opts.region,
      forcePathStyle: opts.forcePathStyle,
      requestChecksumCalculation: opts.checksums,
      responseChecksumValidation: opts.checksums,
      ...(opts.endpoint ? { endpoint: opts.endpoint } : {}),
      ...(opts.accessKeyId && opts.secretAccessKey
        ? { credentials: { accessKeyId: opts.accessKeyId, secretAccessKey: opts.secretAccessKey } }
        : {}),
    };
    this.client = new S3Client(config);
  }

  private key(key: string): string {
    assertKey(key);
    return this.opts.prefix + key;
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.opts.bucket,
        Key: this.key(key),
        Body: bytes,
        ContentLength: bytes.length,
        ContentType: 'application/octet-stream',
      }),
    );
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      const res = await this.client.send(
        new GetObjectCommand({ Bucket: this.opts.bucket, Key: this.key(key) }),
      );
      if (!res.Body) return Buffer.alloc(0);
      return Buffer.from(await res.Body.transformToByteArray());
    } catch (e) {
      if (e instanceof NoSuchKey || (e as { name?: string }).name === 'NoSuchKey') return null;
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.opts.bucket, Key: this.key(key) }));
  }

  close(): void {
    this.client.destroy();
  }
}
