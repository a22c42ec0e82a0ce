/** A whole Beian app on a fresh database, driven through HTTP (inject), with a clock the test moves. */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createStorage } from '../../src/adapters/storage/index.js';
import { buildApp } from '../../src/app.js';
import { ManualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { Sealer } from '../../src/crypto/sealer.js';
import type { Db } from '../../src/db/db.js';
import type { Deps } from '../../src/deps.js';
import { ServerCalendar } from '../../src/usecases/calendar/server-calendar.js';
import type { Engine } from './engines.js';

export type TestApp = {
  app: FastifyInstance;
  deps: Deps;
  db: Db;
  clock: ManualClock;
  close(): Promise<void>;
};

/** `overrides`: adapters a test puts in place of the built-in ones (a stand-in bureau, say). */
export async function startApp(
  engine: Engine,
  start = '2026-11-23T02:00:00Z',
  overrides: Partial<Omit<Deps, 'config' | 'db' | 'clock' | 'sealer'>> = {},
): Promise<TestApp> {
  const db = await engine.open();
  const dataDir = mkdtempSync(join(tmpdir(), 'beian-test-'));
  const config = loadConfig({ BEIAN_ENV: 'test', DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const clock = new ManualClock(start);
  const sealer = new Sealer(randomBytes(32));
  const deps: Deps = {
    config,
    db,
    clock,
    sealer,
    storage: createStorage(config, sealer),
    calendar: await ServerCalendar.load(db),
    ...overrides,
  };
  return appOn(deps as Deps & { clock: ManualClock });
}

/** The app over deps a test built itself (a database another process also opens, say); close() closes the db. */
export async function appOn(deps: Deps & { clock: ManualClock }): Promise<TestApp> {
  const app = await buildApp(deps);
  await app.ready();
  return {
    app,
    deps,
    db: deps.db,
    clock: deps.clock,
    async close() {
      await app.close();
      await deps.db.close();
    },
  };
}

/** A logged-in user agent: keeps the session cookie between requests. */
let ipCounter = 0;

/** A user agent with its own address (rate limits are per address) and its session cookie. */
export class Agent {
  private cookie = '';
  readonly ip: string;
  constructor(
    private readonly app: FastifyInstance,
    ip?: string,
  ) {
    const n = ++ipCounter;
    this.ip = ip ?? `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
  }

  async request(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
  ): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({
      method,
      url,
      ...(body === undefined ? {} : { payload: body as object }),
      headers: this.cookie ? { cookie: this.cookie } : {},
      remoteAddress: this.ip,
    });
    const set = res.cookies.find((c) => c.name === 'beian_session');
    if (set) this.cookie = set.value ? `beian_session=${set.value}` : '';
    return res;
  }
  /** A raw body with its own content type (multipart uploads), with the session cookie. */
  async raw(
    method: 'POST' | 'PUT',
    url: string,
    payload: Buffer,
    contentType: string,
  ): Promise<LightMyRequestResponse> {
    return this.app.inject({
      method,
      url,
      payload,
      headers: { 'content-type': contentType, ...(this.cookie ? { cookie: this.cookie } : {}) },
      remoteAddress: this.ip,
    });
  }
  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body);
}

let n = 0;
export async function registered(app: FastifyInstance, name = '陈思远'): Promise<Agent & { email: string }> {
  const agent = new Agent(app) as Agent & { email: string };
  agent.email = `user${++n}-${randomBytes(3).toString('hex')}@example.cn`;
  const res = await agent.post('/api/v1/auth/register', {
    email: agent.email,
    password: 'beian2026',
    displayName: name,
  });
  if (res.statusCode !== 201) throw new Error(`register failed: ${res.body}`);
  return agent;
}

/** A staff member (reviewer, admin, bureau operator): created as an admin would, then logged in. */
export async function staff(
  t: TestApp,
  role: 'reviewer' | 'admin' | 'bureau_operator',
  name = '王审核',
): Promise<Agent & { email: string }> {
  const { registerAccount } = await import('../../src/usecases/accounts/register-account.js');
  const email = `${role}${++n}-${randomBytes(3).toString('hex')}@provider.example`;
  await registerAccount(t.deps, { email, password: 'staff2026x', displayName: name }, role);
  const agent = new Agent(t.app) as Agent & { email: string };
  agent.email = email;
  const res = await agent.post('/api/v1/auth/login', { email, password: 'staff2026x' });
  if (res.statusCode !== 200) throw new Error(`staff login failed: ${res.body}`);
  return agent;
}
