/** Versioned migrations: applied once each, in order, also when several servers start together (advisory lock). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { migrate } from '../src/db/migrate.js';
import { MIGRATIONS } from '../src/db/migrations/index.js';
import { openPglite } from '../src/db/pglite.js';
import { connectPostgres } from '../src/db/postgres.js';
import { createEmptyDatabaseUrl } from './support/engines.js';

test('the migrations are numbered 1, 2, 3 … without gaps or repeats', () => {
  assert.deepEqual(
    MIGRATIONS.map((m) => m.version).sort((a, b) => a - b),
    MIGRATIONS.map((_, i) => i + 1),
  );
});

test('four servers migrating one PostgreSQL database at once apply each migration once', async () => {
  const url = await createEmptyDatabaseUrl();
  const dbs = Array.from({ length: 4 }, () => connectPostgres(url, { max: 2 }));
  try {
    const applied = await Promise.all(dbs.map((db) => migrate(db)));
    assert.deepEqual(
      applied.flat().sort((a, b) => a - b),
      MIGRATIONS.map((m) => m.version).sort((a, b) => a - b),
    );
    const { rows } = await dbs[0]!.query<{ version: number }>(
      'SELECT version FROM schema_migrations ORDER BY version',
    );
    assert.deepEqual(
      rows.map((r) => Number(r.version)),
      MIGRATIONS.map((m) => m.version).sort((a, b) => a - b),
    );
    assert.deepEqual(await migrate(dbs[0]!), [], 'nothing left to apply');
  } finally {
    await Promise.all(dbs.map((db) => db.close()));
  }
});

test('a failing migration rolls back and names itself; the ones before it stay', async () => {
  const db = await openPglite({ memory: true });
  try {
    const bad = [
      { version: 1, name: 'one', sql: 'CREATE TABLE one (id int)' },
      { version: 2, name: 'broken', sql: 'CREATE TABLE two (id int); SELECT no_such_function()' },
    ];
    await assert.rejects(migrate(db, bad), /migration 2 broken failed/);
    const { rows } = await db.query<{ t: string | null }>("SELECT to_regclass('two')::text AS t");
    assert.equal(rows[0]!.t, null, 'the broken migration left nothing');
    assert.deepEqual(
      (await db.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map(
        (r) => r.version,
      ),
      [1],
    );
  } finally {
    await db.close();
  }
});
