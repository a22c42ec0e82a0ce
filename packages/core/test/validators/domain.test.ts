import { test } from 'node:test';
import assert from 'node:assert/strict';
import { domainToASCII } from 'node:url';
import fc from 'fast-check';
import { analyzeDomain, domainToAscii } from '../../src/validators/domain.js';

test('例子.中国 is a registrable IDN domain', () => {
  assert.deepEqual(analyzeDomain('例子.中国'), {
    ok: true,
    ascii: 'xn--fsqu00a.xn--fiqs8s',
    unicode: '例子.中国',
    suffix: '中国',
    asciiSuffix: 'xn--fiqs8s',
    registrable: '例子.中国',
    isRegistrable: true,
    prefix: '例子',
  });
});

test('shop.例子.中国 is a sub-domain of 例子.中国', () => {
  assert.deepEqual(analyzeDomain('shop.例子.中国'), {
    ok: true,
    ascii: 'shop.xn--fsqu00a.xn--fiqs8s',
    unicode: 'shop.例子.中国',
    suffix: '中国',
    asciiSuffix: 'xn--fiqs8s',
    registrable: '例子.中国',
    isRegistrable: false,
    prefix: '例子',
  });
});

test('A-label input gives the same analysis as U-label input', () => {
  assert.deepEqual(analyzeDomain('xn--fsqu00a.xn--fiqs8s'), analyzeDomain('例子.中国'));
  assert.deepEqual(analyzeDomain('XN--FSQU00A.XN--FIQS8S'), analyzeDomain('例子.中国'));
});

test('abc.com.cn: the suffix is com.cn', () => {
  const a = analyzeDomain('abc.com.cn');
  assert.ok(a.ok);
  assert.equal(a.suffix, 'com.cn');
  assert.equal(a.asciiSuffix, 'com.cn');
  assert.equal(a.registrable, 'abc.com.cn');
  assert.equal(a.isRegistrable, true);
  assert.equal(a.prefix, 'abc');
});

test('a bare suffix is not registrable', () => {
  for (const s of ['com.cn', 'cn', '中国', 'com']) {
    const a = analyzeDomain(s);
    assert.ok(a.ok, s);
    assert.equal(a.registrable, null);
    assert.equal(a.isRegistrable, false);
    assert.equal(a.prefix, '');
  }
});

test('private suffixes are off: blog.github.io is under github.io', () => {
  const a = analyzeDomain('blog.github.io');
  assert.ok(a.ok);
  assert.equal(a.suffix, 'io');
  assert.equal(a.registrable, 'github.io');
  assert.equal(a.isRegistrable, false);
  assert.equal(a.prefix, 'github');
});

test('abc.com and abc.cn share the prefix abc (decisions.md 10)', () => {
  const prefix = (s: string) => {
    const a = analyzeDomain(s);
    return a.ok ? a.prefix : undefined;
  };
  assert.equal(prefix('abc.com'), 'abc');
  assert.equal(prefix('www.abc.cn'), 'abc');
  assert.equal(prefix('abc.com.cn'), 'abc');
  assert.equal(prefix('123.com'), '123');
});

test('input is trimmed, lower-cased, NFKC-normalised, 。 read as a dot, one trailing dot dropped', () => {
  const expected = analyzeDomain('www.example.com');
  for (const s of [
    'WWW.Example.COM',
    '  www.example.com  ',
    'www.example.com.',
    'ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ',
    'www。example。com',
  ]) {
    assert.deepEqual(analyzeDomain(s), expected, s);
  }
  assert.deepEqual(analyzeDomain('例子。中国'), analyzeDomain('例子.中国'));
  assert.deepEqual(analyzeDomain('www.example.com..'), { ok: false, reason: 'syntax' });
});

test('syntax errors', () => {
  const tooLongLabel = 'a'.repeat(64);
  const longName = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.com`; // 253
  assert.equal(analyzeDomain(longName).ok, true);
  for (const s of [
    'a b.com',
    '-a.com',
    'a-.com',
    'a_b.com',
    'a..com',
    '.a.com',
    'a.com/path',
    'http://a.com',
    'a@b.com',
    `${tooLongLabel}.com`,
    `a${longName}`,
    '1.2.3.4',
    'xn--.com',
    'xn--abc-.com',
    'xn--zz.com', // not valid Punycode
    'xn--abc.com', // decodes to ASCII only
    '例子!.中国',
    '-例子.中国',
  ]) {
    assert.deepEqual(analyzeDomain(s), { ok: false, reason: 'syntax' }, s);
  }
  assert.equal(analyzeDomain(`${'a'.repeat(63)}.com`).ok, true);
});

test('empty input and names under no public suffix', () => {
  assert.deepEqual(analyzeDomain(''), { ok: false, reason: 'empty' });
  assert.deepEqual(analyzeDomain('   '), { ok: false, reason: 'empty' });
  assert.deepEqual(analyzeDomain('.'), { ok: false, reason: 'empty' });
  assert.deepEqual(analyzeDomain('localhost'), { ok: false, reason: 'no_suffix' });
  assert.deepEqual(analyzeDomain('example'), { ok: false, reason: 'no_suffix' });
  assert.deepEqual(analyzeDomain('example.notatld'), { ok: false, reason: 'no_suffix' });
});

test('domainToAscii checks syntax only', () => {
  assert.equal(domainToAscii('Shop.例子.中国'), 'shop.xn--fsqu00a.xn--fiqs8s');
  assert.equal(domainToAscii('localhost'), 'localhost');
  assert.equal(domainToAscii('a b'), undefined);
  assert.equal(domainToAscii(''), undefined);
});

test('property: ASCII LDH names under .com analyse to themselves', () => {
  const ldhLabel = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,20}[a-z0-9])?$/);
  fc.assert(
    fc.property(fc.array(ldhLabel, { minLength: 1, maxLength: 4 }), (labels) => {
      const name = `${labels.join('.')}.com`;
      const a = analyzeDomain(name);
      assert.ok(a.ok, name);
      assert.equal(a.ascii, name);
      assert.equal(a.unicode, name);
      assert.equal(a.registrable, `${labels[labels.length - 1]}.com`);
      assert.equal(a.isRegistrable, labels.length === 1);
    }),
  );
});

test('property: CJK names agree with the WHATWG URL IDNA (node:url) and round-trip', () => {
  const cjk = fc.string({
    unit: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((cp) => String.fromCodePoint(cp)),
    minLength: 1,
    maxLength: 10,
  });
  fc.assert(
    fc.property(cjk, fc.constantFrom('中国', 'com', '公司', 'cn'), (label, tld) => {
      const name = `${label}.${tld}`;
      const a = analyzeDomain(name);
      assert.ok(a.ok, name);
      assert.equal(a.ascii, domainToASCII(name));
      assert.equal(a.unicode, name);
      assert.deepEqual(analyzeDomain(a.ascii), a);
    }),
  );
});
