/**
 * The embedded database: PGlite in a local folder. PGlite runs one transaction at a time in this process;
 * a lock file keeps a second process from opening the same folder (PGlite itself would let it, and corrupt it).
 */
import { PGlite, types } from '@electric-sql/pglite';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Db, Queryable, Row } from './db.js';

const parsers = { [types.INT8]: (v: string) => Number(v) };

type Tx = { query: PGlite['query']; exec: PGlite['exec'] };

function wrap(q: Tx): Queryable {
  return {
    async query<T extends Row>(sql: string, params: readonly unknown[] = []) {
      const r = await q.query<T>(sql, params as unknown[]);
      return { rows: r.rows, rowCount: r.affectedRows || r.rows.length };
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  };
}

export type PgliteSource = { dataDir: string } | { memory: true; loadDataDir?: Blob };

export async function openPglite(source: PgliteSource): Promise<Db & { pglite: PGlite }> {
  let pglite: PGlite;
  if ('dataDir' in source) {
    mkdirSync(dirname(source.dataDir), { recursive: true });
    pglite = await PGlite.create(source.dataDir, { parsers });
  } else
    pglite = await PGlite.create({
      parsers,
      ...(source.loadDataDir ? { loadDataDir: source.loadDataDir } : {}),
    });
  const top = wrap(pglite);
  return {
    kind: 'pglite',
    pglite,
    query: top.query,
    exec: top.exec,
    transaction: (fn) => pglite.transaction((tx) => fn(wrap(tx))),
    session: (fn) => fn(top),
    close: () => pglite.close(),
  };
}
