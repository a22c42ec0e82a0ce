// Runs every *.test.ts under packages/*/test with node's own test runner (Node 20 does not expand globs).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startTestPostgres } from './test-postgres.mjs';

function find(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...find(path));
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

const only = process.argv.slice(2);
const files = (only.length ? only : readdirSync('packages').map((p) => join('packages', p, 'test')))
  .flatMap((p) =>
    statSync(p, { throwIfNoEntry: false })?.isDirectory() ? find(p) : p.endsWith('.ts') ? [p] : [],
  )
  .sort();
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
// The integration suites run on the embedded database and on a real PostgreSQL server: TEST_DATABASE_URL
// names one, else a throwaway server is started here. Without PostgreSQL the run fails: no suite is skipped.
let pg;
if (!process.env.TEST_DATABASE_URL) {
  pg = await startTestPostgres();
  if (!pg) {
    console.error(
      'PostgreSQL is needed for the integration tests: install it (Debian: apt-get install postgresql) or set TEST_DATABASE_URL.',
    );
    process.exit(1);
  }
  console.log(`test PostgreSQL server: ${pg.url} (${pg.bin})`);
}
const env = { ...process.env, ...(pg ? { TEST_DATABASE_URL: pg.url } : {}) };
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
  env,
});
pg?.stop();
process.exit(result.status ?? 1);
