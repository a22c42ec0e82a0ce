/**
 * Configuration, parsed once at start into a typed object (style.md 12). Fails fast on bad values; in
 * production no secret has a default.
 */
import { z } from 'zod';

const schema = z.object({
  BEIAN_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  /** Where the embedded database, local files and generated keys live. */
  DATA_DIR: z.string().default('./data'),
  /** A real PostgreSQL server; absent = the embedded database in DATA_DIR. */
  DATABASE_URL: z.string().url().optional(),
  /** 32 bytes, base64: encrypts personal data at rest. Required in production; generated into DATA_DIR otherwise. */
  DATA_KEY: z.string().optional(),
  /** Seed demo accounts and data on an empty database. */
  SEED_DEMO: z.enum(['0', '1']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** The address people reach Beian at (links in emails); default http://localhost:PORT. */
  PUBLIC_URL: z.string().url().optional(),
  /** '0' turns the per-address rate limits off (load tests, a trusted proxy that limits already). */
  RATE_LIMITS: z.enum(['0', '1']).default('1'),
  /** Where uploaded files go: 'local' (STORAGE_DIR, default DATA_DIR/files) or an S3-compatible bucket. */
  STORAGE_DRIVER: z.enum(['local', 's3']).default('local'),
  STORAGE_DIR: z.string().min(1).optional(),
  STORAGE_S3_BUCKET: z.string().min(1).optional(),
  STORAGE_S3_REGION: z.string().min(1).default('us-east-1'),
  /** The S3 API's address; absent = AWS. */
  STORAGE_S3_ENDPOINT: z.string().url().optional(),
  /** '1': bucket in the path (MinIO and most self-hosted servers); '0': bucket in the host name (AWS, OSS). */
  STORAGE_S3_FORCE_PATH_STYLE: z.enum(['0', '1']).default('0'),
  /** Absent: the SDK's default credential chain. */
  STORAGE_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  STORAGE_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  STORAGE_S3_PREFIX: z.string().default(''),
  /** Checksums only where an operation requires them: the default keeps S3-compatible servers from storing aws-chunked framing. */
  STORAGE_S3_CHECKSUMS: z.enum(['WHEN_REQUIRED', 'WHEN_SUPPORTED']).default('WHEN_REQUIRED'),
  /** Uploaded material images (seed 004 §6: 200 KB–4 MB). */
  MATERIAL_MIN_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(200 * 1024),
  MATERIAL_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(64 * 1024 * 1024)
    .default(4 * 1024 * 1024),
  /** How far the aspect ratios of an ID's front and back may differ (0.1 = 10%). */
  MATERIAL_ID_ASPECT_TOLERANCE: z.coerce.number().min(0).max(1).default(0.1),
  /** The Chinese font embedded in generated PDFs (a TTF, OTF or TTC) and, for a TTC, the face's PostScript name. */
  PDF_FONT_PATH: z.string().min(1).default('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'),
  PDF_FONT_NAME: z.string().default('NotoSansCJKsc-Regular'),
  /** An SMTP server for notices (smtp://user:pass@host:587, smtps://…:465); absent = emails stay in the embedded outbox. */
  SMTP_URL: z
    .string()
    .url()
    .refine((u) => /^smtps?:\/\//.test(u), '应以 smtp:// 或 smtps:// 开头')
    .optional(),
  /** The sender of notice emails. */
  MAIL_FROM: z.string().min(3).default('Beian 备案通知 <noreply@beian.localhost>'),
  /** How often the worker runs due tasks and drains the outbox, in milliseconds; 0 = no worker in this process. */
  WORKER_INTERVAL_MS: z.coerce.number().int().min(0).max(3_600_000).default(5000),
  /** Tests that drive a browser only: every 验证码 has this answer. Refused in production. */
  CAPTCHA_TEST_ANSWER: z
    .string()
    .regex(/^[34679ACDEFHJKMNPRTUVWXY]{5}$/)
    .optional(),
  /**
   * The bureau simulator's demo policy: approve a filing this many working days after its review began, so the
   * embedded default finishes filings on its own. 0 = off. Default: 3 in development, off otherwise.
   */
  BUREAU_AUTO_APPROVE_WORKING_DAYS: z.coerce.number().int().min(0).max(60).optional(),
  /** Filed-site checks: every live website accessed here is fetched this often, in hours; 0 = no sweep. */
  SITE_CHECK_INTERVAL_HOURS: z.coerce
    .number()
    .min(0)
    .max(24 * 31)
    .default(24),
  /** One fetch of a home page (http, then https), redirects and body included, in milliseconds. */
  SITE_CHECK_TIMEOUT_MS: z.coerce.number().int().min(50).max(120_000).default(10_000),
  /** How much of a home page is read; the rest is not searched for the ICP number. */
  SITE_CHECK_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(16 * 1024 * 1024)
    .default(1024 * 1024),
  /** A sweep spaces its websites' fetches this far apart, so a worker round fetches few at a time. */
  SITE_CHECK_SPACING_MS: z.coerce.number().int().min(0).max(600_000).default(5000),
  /**
   * '1': fetch sites that resolve to private, loopback or reserved addresses (development and tests, whose sites
   * are local servers). Refused in production: the check must not be a way into the provider's own network.
   */
  SITE_CHECK_ALLOW_PRIVATE: z.enum(['0', '1']).default('0'),
  /**
   * Development and tests only: point domains at local servers, `host=127.0.0.1:8081,*=127.0.0.1:8082` (`*`: every
   * other domain), instead of DNS. Refused in production.
   */
  SITE_CHECK_RESOLVE: z
    .string()
    .regex(
      /^[^=,\s]+=[^=,\s]+:\d{1,5}(,[^=,\s]+=[^=,\s]+:\d{1,5})*$/,
      '格式应为 域名=地址:端口，多个用逗号分隔（* 代表其他域名）',
    )
    .optional(),
});

export type Config = {
  env: 'development' | 'test' | 'production';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  dataKey?: string;
  seedDemo: boolean;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  publicUrl: string;
  rateLimits: boolean;
  storage:
    | { driver: 'local'; dir?: string }
    | {
        driver: 's3';
        bucket: string;
        region: string;
        endpoint?: string;
        forcePathStyle: boolean;
        accessKeyId?: string;
        secretAccessKey?: string;
        prefix: string;
        checksums: 'WHEN_REQUIRED' | 'WHEN_SUPPORTED';
      };
  materials: { minBytes: number; maxBytes: number; idAspectTolerance: number };
  pdfFont: { path: string; name: string };
  /** Notices: the SMTP server (absent = the embedded outbox) and the sender address. */
  mail: { smtpUrl?: string; from: string };
  workerIntervalMs: number;
  /** Tests only: the one answer of every captcha. */
  captchaTestAnswer?: string;
  /** The simulated bureaus: autoApproveWorkingDays null = they wait for their operators. */
  bureau: { autoApproveWorkingDays: number | null };
  /** Filed-site checks (issue 4 item 9): the sweep's interval (0 = off) and the fetcher's bounds. */
  siteCheck: {
    intervalHours: number;
    timeoutMs: number;
    maxBytes: number;
    spacingMs: number;
    allowPrivate: boolean;
    /** Domain (or '*') → the local server it is served by (development and tests). */
    resolve: Record<string, { address: string; port: number }>;
  };
};

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`配置错误 ${issue.path.join('.')}: ${issue.message}`);
  }
  const e = parsed.data;
  if (e.BEIAN_ENV === 'production') {
    if (!e.DATA_KEY) throw new ConfigError('配置错误 DATA_KEY: 生产环境必须设置（32字节，base64）');
    if (!e.DATABASE_URL) throw new ConfigError('配置错误 DATABASE_URL: 生产环境必须使用 PostgreSQL 服务器');
    if (e.CAPTCHA_TEST_ANSWER)
      throw new ConfigError('配置错误 CAPTCHA_TEST_ANSWER: 仅供测试，生产环境不能设置');
    if (e.SITE_CHECK_ALLOW_PRIVATE === '1')
      throw new ConfigError('配置错误 SITE_CHECK_ALLOW_PRIVATE: 仅供开发和测试，生产环境不能检查内网地址');
    if (e.SITE_CHECK_RESOLVE)
      throw new ConfigError('配置错误 SITE_CHECK_RESOLVE: 仅供开发和测试，生产环境使用 DNS 解析');
  }
  if (e.DATA_KEY && Buffer.from(e.DATA_KEY, 'base64').length !== 32)
    throw new ConfigError('配置错误 DATA_KEY: 须为32字节的 base64 字符串');
  if (e.STORAGE_DRIVER === 's3' && !e.STORAGE_S3_BUCKET)
    throw new ConfigError('配置错误 STORAGE_S3_BUCKET: STORAGE_DRIVER=s3 时必须设置存储桶名称');
  if (!e.STORAGE_S3_ACCESS_KEY_ID !== !e.STORAGE_S3_SECRET_ACCESS_KEY)
    throw new ConfigError(
      '配置错误 STORAGE_S3_SECRET_ACCESS_KEY: STORAGE_S3_ACCESS_KEY_ID 与 STORAGE_S3_SECRET_ACCESS_KEY 须同时设置',
    );
  if (e.MATERIAL_MIN_BYTES > e.MATERIAL_MAX_BYTES)
    throw new ConfigError('配置错误 MATERIAL_MIN_BYTES: 不能大于 MATERIAL_MAX_BYTES');
  return {
    env: e.BEIAN_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    ...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : {}),
    ...(e.DATA_KEY ? { dataKey: e.DATA_KEY } : {}),
    seedDemo: e.SEED_DEMO ? e.SEED_DEMO === '1' : e.BEIAN_ENV === 'development',
    logLevel: e.LOG_LEVEL,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    rateLimits: e.RATE_LIMITS === '1',
    storage:
      e.STORAGE_DRIVER === 's3'
        ? {
            driver: 's3',
            bucket: e.STORAGE_S3_BUCKET!,
            region: e.STORAGE_S3_REGION,
            ...(e.STORAGE_S3_ENDPOINT ? { endpoint: e.STORAGE_S3_ENDPOINT } : {}),
            forcePathStyle: e.STORAGE_S3_FORCE_PATH_STYLE === '1',
            ...(e.STORAGE_S3_ACCESS_KEY_ID ? { accessKeyId: e.STORAGE_S3_ACCESS_KEY_ID } : {}),
            ...(e.STORAGE_S3_SECRET_ACCESS_KEY ? { secretAccessKey: e.STORAGE_S3_SECRET_ACCESS_KEY } : {}),
            prefix: e.STORAGE_S3_PREFIX,
            checksums: e.STORAGE_S3_CHECKSUMS,
          }
        : { driver: 'local', ...(e.STORAGE_DIR ? { dir: e.STORAGE_DIR } : {}) },
    materials: {
      minBytes: e.MATERIAL_MIN_BYTES,
      maxBytes: e.MATERIAL_MAX_BYTES,
      idAspectTolerance: e.MATERIAL_ID_ASPECT_TOLERANCE,
    },
    pdfFont: { path: e.PDF_FONT_PATH, name: e.PDF_FONT_NAME },
    mail: { ...(e.SMTP_URL ? { smtpUrl: e.SMTP_URL } : {}), from: e.MAIL_FROM },
    workerIntervalMs: e.WORKER_INTERVAL_MS,
    ...(e.CAPTCHA_TEST_ANSWER ? { captchaTestAnswer: e.CAPTCHA_TEST_ANSWER } : {}),
    bureau: {
      autoApproveWorkingDays:
        e.BUREAU_AUTO_APPROVE_WORKING_DAYS === undefined
          ? e.BEIAN_ENV === 'development'
            ? 3
            : null
          : e.BUREAU_AUTO_APPROVE_WORKING_DAYS || null,
    },
    siteCheck: {
      intervalHours: e.SITE_CHECK_INTERVAL_HOURS,
      timeoutMs: e.SITE_CHECK_TIMEOUT_MS,
      maxBytes: e.SITE_CHECK_MAX_BYTES,
      spacingMs: e.SITE_CHECK_SPACING_MS,
      allowPrivate: e.SITE_CHECK_ALLOW_PRIVATE === '1',
      resolve: Object.fromEntries(
        (e.SITE_CHECK_RESOLVE?.split(',') ?? []).map((pair) => {
          const [host, target] = pair.split('=') as [string, string];
          const at = target.lastIndexOf(':');
          return [host.toLowerCase(), { address: target.slice(0, at), port: Number(target.slice(at + 1)) }];
        }),
      ),
    },
  };
}
