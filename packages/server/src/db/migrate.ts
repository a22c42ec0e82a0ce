/**
 * Applies the versioned migrations that a database lacks, each in its own transaction, under an advisory
 * lock so that servers starting together never race (the lock is per session: taken and released on one).
 */
import type { Db } from './db.js';
import { MIGRATIONS, type Migration } from './migrations/index.js';

const LOCK_KEY = 4_224_199_001; // arbitrary, constant: "beian migrations"

export async function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return db.session(async (s) => {
    await s.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    try {
      await s.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
      const { rows } = await s.query<{ version: number }>('SELECT version FROM schema_migrations');
      const done = new Set(rows.map((r) => Number(r.version)));
      const applied: number[] = [];
      for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
        if (done.has(m.version)) continue;
        await s.exec('BEGIN');
        try {
          await s.exec(m.sql);
          await s.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
          await s.exec('COMMIT');
        } catch (e) {
          await s.exec('ROLLBACK');
          throw new Error(`migration ${m.version} ${m.name} failed: ${(e as Error).message}`, { cause: e });
        }
        applied.push(m.version);
      }
      return applied;
    } finally {
      await s.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]);
    }
  });
}
