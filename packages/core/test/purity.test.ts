/**
 * @beian/core is pure: it bundles for the browser with no Node built-ins, and the bundle runs in a bare
 * JavaScript context (no process, no require, no Buffer) giving the same result as under Node. Plain Node
 * imports the compiled package with no loader.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { precheck } from '../src/precheck/precheck.js';
import { baseOrder } from './support/factories.js';

const entry = fileURLToPath(new URL('../dist/index.js', import.meta.url));

test('the compiled core bundles for the browser and runs without Node', async () => {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'BeianCore',
    write: false,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0]!.text;
  const order = baseOrder('GD', 'individual');
  const sandbox: Record<string, unknown> = { input: JSON.stringify(order), result: undefined };
  runInNewContext(`${code}\nresult = JSON.stringify(BeianCore.precheck(JSON.parse(input)));`, sandbox);
  assert.deepEqual(JSON.parse(sandbox.result as string), JSON.parse(JSON.stringify(precheck(order))));
});

test('plain node imports @beian/core (compiled JavaScript, no loader)', () => {
  const out = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "import { precheck, PROVINCE_CODES } from '@beian/core'; console.log(typeof precheck, PROVINCE_CODES.length)",
    ],
    { encoding: 'utf8', cwd: fileURLToPath(new URL('../../cli/', import.meta.url)) },
  );
  assert.equal(out.trim(), 'function 31');
});
