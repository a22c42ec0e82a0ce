import { test } from 'node:test';
import assert from 'node:assert/strict';
import { domainToASCII } from 'node:url';
import fc from 'fast-check';
import { decodeLabel, encodeLabel } from '../../src/util/punycode.js';

// RFC 3492 §7.1 sample strings
const SAMPLES: [string, string][] = [
  ['ليهمابتكلموشعربي؟', 'egbpdaj6bu4bxfgehfvwxn'],
  ['他们为什么不说中文', 'ihqwcrb4cv8a8dqg056pqjye'],
  ['他們爲什麽不說中文', 'ihqwctvzc91f659drss3x8bo0yb'],
  ['Pročprostěnemluvíčesky', 'Proprostnemluvesky-uyb24dma41a'],
  ['למההםפשוטלאמדבריםעברית', '4dbcagdahymbxekheh6e0a7fei0b'],
  ['почемужеонинеговорятпорусски', 'b1abfaaepdrnnbgefbadotcwatmq2g4l'],
  ['3年B組金八先生', '3B-ww4c5e180e575a65lsy2b'],
  ['安室奈美恵-with-SUPER-MONKEYS', '-with-SUPER-MONKEYS-pc58ag80a8qai00g7n9n'],
  ['MajiでKoiする5秒前', 'MajiKoi5-783gue6qz075azm5e'],
  ['例子', 'fsqu00a'],
  ['中国', 'fiqs8s'],
];

test('RFC 3492 samples encode and decode', () => {
  for (const [unicode, encoded] of SAMPLES) {
    assert.equal(encodeLabel(unicode), encoded, unicode);
    assert.equal(decodeLabel(encoded), unicode, encoded);
  }
});

test('invalid Punycode does not decode', () => {
  for (const s of ['zz', 'abc-!', 'abc-ü', '999999999999']) assert.equal(decodeLabel(s), undefined, s);
  assert.equal(decodeLabel('abc-'), 'abc');
  assert.equal(decodeLabel('a-b-'), 'a-b');
});

test('property: decode(encode(s)) is s', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => {
      const encoded = encodeLabel(s);
      assert.ok(encoded !== undefined);
      assert.equal(decodeLabel(encoded), s);
    }),
  );
});

test('property: agrees with the WHATWG URL IDNA for lower-case letters and CJK', () => {
  const unit = fc.oneof(
    fc.integer({ min: 0x61, max: 0x7a }).map((cp) => String.fromCodePoint(cp)),
    fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((cp) => String.fromCodePoint(cp)),
  );
  fc.assert(
    fc.property(fc.string({ unit, minLength: 1, maxLength: 20 }), (s) => {
      fc.pre(/[^a-z]/.test(s));
      assert.equal(`xn--${encodeLabel(s)}`, domainToASCII(s));
    }),
  );
});
