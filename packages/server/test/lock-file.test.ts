/** The embedded database folder has one owner: a second process is refused; a lock left by a dead process is taken over. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { acquireLock, DataDirLockedError } from '../src/db/lock-file.js';

const lockModule = new URL('../src/db/lock-file.ts', import.meta.url).href;

test('a second process cannot take the lock while the first holds it', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'beian-lock-')), 'db.lock');
  const holder = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      `import { acquireLock } from '${lockModule}'; acquireLock('${path}'); console.log('held'); setTimeout(() => {}, 60000);`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve) =>
    holder.stdout!.on('data', (d: Buffer) => d.toString().includes('held') && resolve()),
  );
  try {
    assert.throws(
      () => acquireLock(path),
      (e: unknown) => e instanceof DataDirLockedError && e.pid === holder.pid,
    );
    assert.match(new DataDirLockedError(path, 1).message, /数据目录已被另一个进程/);
  } finally {
    holder.kill('SIGKILL');
    await new Promise((r) => holder.once('exit', r));
  }
  // the holder died without releasing: its lock is stale and is taken over
  const release = acquireLock(path);
  assert.equal(readFileSync(path, 'utf8'), String(process.pid));
  release();
  assert.equal(existsSync(path), false);
});

test('a lock file naming no live process is taken over', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'beian-lock-')), 'db.lock');
  writeFileSync(path, '999999999');
  const release = acquireLock(path);
  assert.equal(readFileSync(path, 'utf8'), String(process.pid));
  release();
});
