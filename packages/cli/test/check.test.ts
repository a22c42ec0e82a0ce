/** `beian check` as a user runs it: the built bin, real files, stdin, exit codes (precheck-contract.md, CLI). */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const examples = fileURLToPath(new URL('../../../../shared/spec/examples/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'beian-cli-'));

function beian(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function write(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const inputOf = (example: string) =>
  (JSON.parse(readFileSync(join(examples, `${example}.json`), 'utf8')) as { input: Record<string, unknown> })
    .input;

const clean = write('clean.json', inputOf('base-BJ-individual'));
const failing = write('failing.json', inputOf('holder-legal-rep-BJ'));
const badMobile = inputOf('base-BJ-individual');
(badMobile.subject as { leader: { mobile: unknown } }).leader.mobile = 13901020102;
const malformed = write('malformed.json', badMobile);
const notJson = write('not.json', '{"asOf": ');

describe('beian check', () => {
  test('a clean order: the result JSON on stdout, exit 0', () => {
    const r = beian(['check', clean]);
    assert.equal(r.code, 0, r.stderr);
    const result = JSON.parse(r.stdout) as { ok: boolean; filingType: string; steps: string[] };
    assert.equal(result.ok, true);
    assert.equal(result.filingType, 'first_filing');
    assert.deepEqual(result.steps, ['initial_review', 'curtain_photo', 'bureau_review']);
    assert.equal(r.stderr, '');
  });

  test('an order with an error-severity violation: exit 1', () => {
    const r = beian(['check', failing]);
    assert.equal(r.code, 1);
    assert.equal((JSON.parse(r.stdout) as { ok: boolean }).ok, false);
  });

  test('a malformed order: exit 2, one line on stderr naming the file and field, nothing on stdout', () => {
    const r = beian(['check', malformed]);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.match(r.stderr, /malformed\.json: subject\.leader\.mobile: /);
  });

  test('not JSON at all: exit 2 naming the file', () => {
    const r = beian(['check', notJson]);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /not\.json: 不是有效的 JSON/);
  });

  test('a missing file: exit 2', () => {
    const r = beian(['check', join(dir, 'nope.json')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /nope\.json: 文件不存在/);
  });

  test('several files: NDJSON in the order given, errors on their line, exit = the highest', () => {
    const r = beian(['check', clean, malformed, failing]);
    assert.equal(r.code, 2);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(lines.length, 3);
    assert.equal(lines[0]!.ok, true);
    assert.deepEqual(Object.keys(lines[1]!), ['error']);
    assert.equal((lines[1]!.error as { path: string }).path, 'subject.leader.mobile');
    assert.equal(lines[2]!.ok, false);
    const two = beian(['check', clean, failing]);
    assert.equal(two.code, 1);
  });

  test('stdin with -', () => {
    const r = beian(['check', '-'], readFileSync(failing, 'utf8'));
    assert.equal(r.code, 1);
    assert.equal((JSON.parse(r.stdout) as { ok: boolean }).ok, false);
  });

  test('NDJSON on stdin: one result per line', () => {
    const ndjson = [clean, failing].map((f) => readFileSync(f, 'utf8')).join('\n') + '\n';
    const r = beian(['check', '-'], ndjson);
    assert.equal(r.code, 1);
    assert.deepEqual(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { ok: boolean }).ok),
      [true, false],
    );
  });

  test('the same JSON as the library', async () => {
    const { precheck } = await import('@beian/core');
    const r = beian(['check', failing]);
    assert.deepEqual(
      JSON.parse(r.stdout),
      JSON.parse(JSON.stringify(precheck(inputOf('holder-legal-rep-BJ')))),
    );
  });

  test('no file given: exit 2 with usage on stderr', () => {
    const r = beian(['check']);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
  });
});

describe('beian rules, demo, help', () => {
  test('rules of one province and scope, with citations', () => {
    const r = beian(['rules', 'bj', '--scope', 'individual']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /BJ\/individual\/handheld-personal-id/);
    assert.match(r.stdout, /004 §7\.3\.1/);
    assert.doesNotMatch(r.stdout, /BJ\/enterprise\//);
  });
  test('rules as JSON', () => {
    const rules = JSON.parse(beian(['rules', 'platform', '--json']).stdout) as Array<{ ruleId: string }>;
    assert.ok(rules.length > 5 && rules.every((x) => x.ruleId.startsWith('platform/')));
  });
  test('an unknown province: exit 2', () => {
    assert.equal(beian(['rules', 'XX']).code, 2);
  });
  test('demo prints a Chinese summary', () => {
    const r = beian(['demo']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /备案类型：首次备案/);
    assert.match(r.stdout, /核验步骤：初审/);
  });
  test('help and an unknown command', () => {
    assert.match(beian(['--help']).stdout, /beian check FILE/);
    assert.equal(beian(['frobnicate']).code, 2);
  });
});
