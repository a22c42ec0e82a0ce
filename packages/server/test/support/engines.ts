/**
 * The two database engines every integration suite runs on: the embedded one (PGlite, each test on a fresh
 * copy of a migrated template) and a real PostgreSQL server (TEST_DATABASE_URL; each test on a fresh
 * database cloned from a migrated template database). No suite is skipped: without a server the run fails.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Db } from '../../src/db/db.js';
import { migrate } from '../../src/db/migrate.js';
import { openPglite } from '../../src/db/pglite.js';
import { connectPostgres } from '../../src/db/postgres.js';

export type Engine = { readonly name: 'pglite' | 'postgres'; open(): Promise<Db> };

let pgliteTemplate: Promise<Blob> | undefined;

const pglite: Engine = {
  name: 'pglite',
  async open() {
    pgliteTemplate ??= (async () => {
      const db = await openPglite({ memory: true });
      await migrate(db);
      const dump = await db.pglite.dumpDataDir('none');
      await db.close();
      return dump;
    })();
    return openPglite({ memory: true, loadDataDir: await pgliteTemplate });
  },
};

function serverUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url)
    throw new Error(
      'TEST_DATABASE_URL is not set: run the tests with `npm test` (it starts a PostgreSQL server)',
    );
  return url;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

let pgTemplate: Promise<string> | undefined;

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: serverUrl() });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

const postgres: Engine = {
  name: 'postgres',
  async open() {
    pgTemplate ??= (async () => {
      const name = `beian_tpl_${process.pid}_${randomBytes(3).toString('hex')}`;
      await admin((c) => c.query(`CREATE DATABASE ${name}`));
      const db = connectPostgres(withDatabase(serverUrl(), name), { max: 2 });
      await migrate(db);
      await db.close();
      return name;
    })();
    const template = await pgTemplate;
    const name = `beian_t_${randomBytes(6).toString('hex')}`;
    await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
    const db = connectPostgres(withDatabase(serverUrl(), name), { max: 60 });
    return {
      ...db,
      close: async () => {
        await db.close();
        await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name}`));
      },
    };
  },
};

/** A fresh, migrated database on the test server, as a URL (for tests that start a real server process). */
export async function createDatabaseUrl(): Promise<string> {
  await postgres.open().then((db) => db.close()); // makes sure the template exists
  const template = await pgTemplate!;
  const name = `beian_p_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return withDatabase(serverUrl(), name);
}

/** An empty database (no migrations) on the test server, as a URL. */
export async function createEmptyDatabaseUrl(): Promise<string> {
  const name = `beian_e_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  return withDatabase(serverUrl(), name);
}

export const ENGINES: readonly Engine[] = [pglite, postgres];
export const POSTGRES = postgres;
