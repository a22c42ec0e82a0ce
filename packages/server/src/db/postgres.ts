/** A real PostgreSQL server through a node-postgres pool. */
import pg from 'pg';
import type { Db, Queryable, Row } from './db.js';

pg.types.setTypeParser(20, (v) => Number(v)); // int8: counts and sequences stay far below 2^53

/**
 * A pool spreads queries over connections; one client (a transaction, a session) runs one query at a time, so
 * calls made together on it (Promise.all in a use case) are queued here in order — pg deprecates overlapping
 * client.query() calls, and a transaction's statements must run one after another anyway.
 */
function wrap(client: pg.Pool | pg.PoolClient): Queryable {
  let tail: Promise<unknown> = Promise.resolve();
  const serial = <R>(run: () => Promise<R>): Promise<R> => {
    if (client instanceof pg.Pool) return run();
    const next = tail.then(run, run);
    tail = next.catch(() => {});
    return next;
  };
  return {
    async query<T extends Row>(sql: string, params: readonly unknown[] = []) {
      const r = await serial(() => client.query(sql, params as unknown[]));
      return { rows: r.rows as T[], rowCount: r.rowCount ?? 0 };
    },
    async exec(sql: string) {
      await serial(() => client.query(sql));
    },
  };
}

export function connectPostgres(url: string, opts: { max?: number } = {}): Db {
  const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 10 });
  pool.on('error', () => {}); // an idle client's error is reported by the next query that uses the pool
  const top = wrap(pool);
  return {
    kind: 'postgres',
    query: top.query,
    exec: top.exec,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {});
        throw e;
      } finally {
        client.release();
      }
    },
    async session(fn) {
      const client = await pool.connect();
      try {
        return await fn(wrap(client));
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
