import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isValidEmail } from '../../src/validators/email.js';

test('valid addresses', () => {
  for (const s of [
    'zhang.san@example.com',
    'ZHANG_SAN+beian@Example.COM',
    'a@b.cn',
    'user@mail.example.com.cn',
    "o'brien@example.org",
    'a!#$%&*+/=?^_`{|}~-@example.com',
    'contact@例子.中国',
    'contact@xn--fsqu00a.xn--fiqs8s',
    `${'a'.repeat(64)}@example.com`,
  ]) {
    assert.equal(isValidEmail(s), true, s);
  }
});

test('invalid addresses', () => {
  for (const s of [
    '',
    'example.com',
    '@example.com',
    'a@',
    'a@b',
    'a@localhost',
    'a b@example.com',
    'a@exam ple.com',
    ' a@example.com',
    'a@example.com ',
    '.a@example.com',
    'a.@example.com',
    'a..b@example.com',
    'a@b@example.com',
    '"a b"@example.com',
    'a@-example.com',
    'a@example..com',
    'a@example.com.',
    'a@[127.0.0.1]',
    'a@1.2.3.4',
    '联系@例子.中国',
    'a@例子。中国',
    'a@ｅｘａｍｐｌｅ.com',
    `${'a'.repeat(65)}@example.com`,
    `a@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.${'e'.repeat(58)}.com`, // domain of 254 characters
  ]) {
    assert.equal(isValidEmail(s), false, s);
  }
});

test('the 254-character limit counts the domain in ASCII form', () => {
  const domain = `${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.${'e'.repeat(54)}.com`;
  assert.equal(domain.length, 250);
  assert.equal(isValidEmail(`abc@${domain}`), true); // 254
  assert.equal(isValidEmail(`abcd@${domain}`), false); // 255
});
