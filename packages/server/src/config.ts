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
  }
  if (e.DATA_KEY && Buffer.from(e.DATA_KEY, 'base64').length !== 32)
    throw new ConfigError('配置错误 DATA_KEY: 须为32字节的 base64 字符串');
  return {
    env: e.BEIAN_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    ...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : {}),
    ...(e.DATA_KEY ? { dataKey: e.DATA_KEY } : {}),
    seedDemo: e.SEED_DEMO ? e.SEED_DEMO === '1' : e.BEIAN_ENV === 'development',
    logLevel: e.LOG_LEVEL,
  };
}
