import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'tldts';
import { parseIsoDate } from '../../src/util/dates.js';
import { APPROVED_TLDS, isApprovedSuffix } from '../../src/validators/approved-tlds.js';
import { domainToAscii } from '../../src/validators/domain.js';

test('the data states its source and date', () => {
  assert.ok(APPROVED_TLDS.source.includes('domain.miit.gov.cn'));
  assert.ok(parseIsoDate(APPROVED_TLDS.retrieved));
  assert.ok(APPROVED_TLDS.note.includes('snapshot'));
});

test('entries are unique, lower case Unicode, without dots at the ends', () => {
  assert.equal(new Set(APPROVED_TLDS.tlds).size, APPROVED_TLDS.tlds.length);
  for (const t of APPROVED_TLDS.tlds) {
    assert.equal(t, t.trim().toLowerCase().normalize('NFKC'), t);
    assert.ok(!t.startsWith('.') && !t.endsWith('.') && !t.startsWith('xn--'), t);
  }
});

test('every entry is an ICANN public suffix, and a multi-label one sits under a listed TLD', () => {
  // 政务.cn and 公益.cn (Beijing's list) are names under .cn, not suffixes of the Public Suffix List
  const notInPsl = new Set(['政务.cn', '公益.cn']);
  for (const t of APPROVED_TLDS.tlds) {
    const labels = t.split('.');
    if (labels.length > 1) assert.ok(APPROVED_TLDS.tlds.includes(labels[labels.length - 1]!), t);
    if (notInPsl.has(t)) continue;
    const parsed = parse(`example.${domainToAscii(t)}`, { allowPrivateDomains: false });
    assert.equal(parsed.isIcann, true, t);
    assert.equal(parsed.publicSuffix, domainToAscii(t), t);
  }
});

test('approved suffixes, in Unicode or ASCII', () => {
  for (const s of [
    'com',
    'cn',
    'com.cn',
    'gov.cn',
    'bj.cn',
    'xin',
    'top',
    '中国',
    'xn--fiqs8s',
    '公司',
    '网址',
    '.com',
    'COM.CN',
    '我爱你',
    '政务',
    '公益',
  ]) {
    assert.equal(isApprovedSuffix(s), true, s);
  }
});

test('suffixes that are not approved', () => {
  for (const s of [
    'io',
    'co.uk',
    'uk',
    'hk',
    'com.hk',
    'tw',
    'jp',
    'me',
    'org',
    'win',
    'gov',
    'com.co',
    'github.io',
    '',
    'xn--zz',
  ]) {
    assert.equal(isApprovedSuffix(s), false, s);
  }
});
