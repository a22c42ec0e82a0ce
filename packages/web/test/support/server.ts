/**
 * Starts the real Beian server (packages/server/src/main.ts under tsx) on a fresh data folder and a free port,
 * serving the built web app; stops it and removes the folder afterwards. Builds nothing: `npm test` builds
 * the web app first.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
export const WEB_DIST = join(REPO, 'packages/web/dist/index.html');
/** Every captcha's answer in these tests (CAPTCHA_TEST_ANSWER, refused in production). */
export const CAPTCHA = 'ACE47';
export const DEMO_PASSWORD = 'beian2026';

export type RunningServer = { url: string; stop: () => Promise<void> };

/** `env`: more settings for this server (the site-check tests point domains at local servers). */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  if (!existsSync(WEB_DIST))
    throw new Error(`${WEB_DIST} is missing: build the web app first (npm run build)`);
  const dataDir = mkdtempSync(join(tmpdir(), 'beian-web-test-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/main.ts'], {
    cwd: REPO,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      SEED_DEMO: '1',
      RATE_LIMITS: '0',
      LOG_LEVEL: 'warn',
      BEIAN_ENV: 'test',
      CAPTCHA_TEST_ANSWER: CAPTCHA,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 180 s:\n${output}`)), 180_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /Beian 已启动：(http:\/\/localhost:\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!.replace('localhost', '127.0.0.1'));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before it started:\n${output}`));
    });
  });
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A JSON call to the API with a session cookie of its own (for setting up what a test needs). */
export async function apiAs(
  base: string,
  email: string,
  password: string,
): Promise<<T>(method: string, path: string, body?: unknown) => Promise<T>> {
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!login.ok) throw new Error(`log in as ${email}: HTTP ${login.status} ${await login.text()}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const r = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await r.text();
    if (!r.ok) throw new Error(`${method} ${path}: HTTP ${r.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
}
