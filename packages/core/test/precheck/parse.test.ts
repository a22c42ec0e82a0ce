/** Malformed inputs: one error naming the field, in Chinese, and nothing evaluated. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatPath, parsePrecheckInput, PrecheckInputError } from '../../src/precheck/parse.js';
import { precheck } from '../../src/precheck/precheck.js';
import { baseOrder, clone } from '../support/factories.js';

function errorOf(input: unknown): PrecheckInputError {
  try {
    precheck(input);
  } catch (e) {
    assert.ok(e instanceof PrecheckInputError);
    return e;
  }
  assert.fail('expected a PrecheckInputError');
}

describe('malformed input', () => {
  // malformed inputs are built by writing wrong types into a loosely typed copy of a valid order
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type Loose = Record<string, any>;
  const base = () => clone(baseOrder('BJ', 'unit')) as unknown as Loose;
  const cases: Array<[string, (o: Loose) => unknown, string]> = [
    ['not an object', () => [], ''],
    ['missing asOf', (o) => ({ ...o, asOf: undefined }), 'asOf'],
    ['asOf not a date', (o) => ({ ...o, asOf: '2026-02-30' }), 'asOf'],
    ['unknown province', (o) => ((o.subject.province = 'XX'), o), 'subject.province'],
    ['mobile a number', (o) => ((o.subject.leader.mobile = 13901020102), o), 'subject.leader.mobile'],
    ['websites not an array', (o) => ((o.websites = {}), o), 'websites'],
    ['a domain not a string', (o) => ((o.websites[0].domains = ['a.com', 7]), o), 'websites[0].domains[1]'],
    [
      'leader neither person nor subject_leader',
      (o) => ((o.websites[0].leader = 'boss'), o),
      'websites[0].leader',
    ],
    ['unknown material code', (o) => ((o.materials = ['passport_photo']), o), 'materials[0]'],
    [
      'domain facts with a non-ASCII key',
      (o) => ((o.domains = { '例子.中国': { registrar: 'x' } }), o),
      'domains["例子.中国"].registrarApproved',
    ],
  ];
  for (const [name, mutate, path] of cases)
    test(`${name} → INVALID_INPUT at '${path}'`, () => {
      const e = errorOf(mutate(base()));
      assert.equal(e.code, 'INVALID_INPUT');
      assert.equal(e.path, path);
      assert.match(e.message, /[\u4e00-\u9fff]/);
      assert.deepEqual(Object.keys(e.toJSON()).sort(), ['code', 'message', 'path']);
    });

  test('a valid input parses to the same data', () => {
    const o = baseOrder('BJ', 'individual');
    assert.deepEqual(parsePrecheckInput(clone(o)), o);
  });

  test('formatPath', () => {
    assert.equal(formatPath(['websites', 1, 'domains', 0]), 'websites[1].domains[0]');
    assert.equal(formatPath(['domains', 'a.com', 'holder']), 'domains["a.com"].holder');
  });
});

describe('results are pure', () => {
  test('the same input twice gives the same result, and the input is not changed', () => {
    const o = baseOrder('GD', 'individual');
    const copy = clone(o);
    assert.deepEqual(precheck(o), precheck(copy));
    assert.deepEqual(o, copy);
  });
});
