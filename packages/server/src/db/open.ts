/** Opens the database the configuration names: a PostgreSQL server, or the embedded one in DATA_DIR (locked). */
import { join, resolve } from 'node:path';
import type { Config } from '../config.js';
import type { Db } from './db.js';
import { acquireLock } from './lock-file.js';
import { connectPostgres } from './postgres.js';
import { openPglite } from './pglite.js';

export async function openDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<Db> {
  if (config.databaseUrl) return connectPostgres(config.databaseUrl);
  const dir = resolve(config.dataDir);
  const release = acquireLock(join(dir, 'db.lock'));
  try {
    const db = await openPglite({ dataDir: join(dir, 'pg') });
    return {
      ...db,
      close: async () => {
        try {
          await db.close();
        } finally {
          release();
        }
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}
