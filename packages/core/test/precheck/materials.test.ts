/**
 * The materials an order carries (`materials`): missing ones are MATERIAL_MISSING at the path of whose they
 * are. A bare code (the contract's form) counts for every holder of that material; `{ code, path }` counts only
 * for the one it names, so one website leader's certificate does not stand in for another's.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PrecheckInputError } from '../../src/precheck/parse.js';
import { precheck } from '../../src/precheck/precheck.js';
import type { PrecheckInput, SuppliedMaterial } from '../../src/precheck/types.js';
import { baseOrder, clone, otherPerson } from '../support/factories.js';

/** A Beijing unit with a second website run by another person: website_leader_id for websites[1] only. */
function twoWebsites(): PrecheckInput {
  const order = clone(baseOrder('BJ', 'unit'));
  const facts = order.domains!['xinghe-tech.com']!;
  order.websites.push({
    name: '星河科技技术博客',
    domains: ['xinghe-blog.com'],
    homepage: 'https://xinghe-blog.com',
    serviceContent: 'general',
    leader: otherPerson('BJ'),
  });
  order.domains!['xinghe-blog.com'] = facts;
  return order;
}

const missing = (input: PrecheckInput) =>
  precheck(input)
    .violations.filter((v) => v.code === 'MATERIAL_MISSING')
    .map((v) => [v.path, v.message]);

test('without `materials` nothing is reported missing; with an empty list every required one is', () => {
  const order = twoWebsites();
  const required = precheck(order).requiredMaterials.map((m) => `${m.code}|${m.path ?? ''}`);
  assert.ok(required.includes('website_leader_id|websites[1]'), required.join(' '));
  assert.deepEqual(missing(order), []);
  order.materials = [];
  assert.deepEqual(
    missing(order).map(([path]) => path),
    precheck(order).requiredMaterials.map((m) => m.path ?? 'materials'),
  );
});

test('{ code, path } supplies only whose it names; the message says whose is missing', () => {
  const order = twoWebsites();
  const all: SuppliedMaterial[] = precheck(order).requiredMaterials.map((m) =>
    m.path ? { code: m.code, path: m.path } : { code: m.code },
  );
  order.materials = all;
  assert.equal(precheck(order).ok, true);

  // the leader's certificate named for the first website does not count for the second
  order.materials = [
    ...all.filter((m) => typeof m === 'object' && m.code !== 'website_leader_id'),
    { code: 'website_leader_id', path: 'websites[0]' },
  ];
  assert.deepEqual(missing(order), [
    ['websites[1]', '缺少《网站负责人证件》（网站2）：网站2的负责人不是主体负责人，需上传其有效证件。'],
  ]);

  // a subject's material given with a website path is not the subject's
  order.materials = [
    ...all.filter((m) => typeof m === 'object' && m.code !== 'verification_form'),
    { code: 'verification_form', path: 'websites[0]' },
  ];
  assert.deepEqual(
    missing(order).map(([path]) => path),
    ['materials'],
  );
});

test('a bare code supplies the material whoever it belongs to (the contract form)', () => {
  const order = twoWebsites();
  order.materials = [...new Set(precheck(order).requiredMaterials.map((m) => m.code))];
  assert.equal(precheck(order).ok, true);
});

test("a domain's material names its domain", () => {
  // Hunan asks a 域名证书 for every domain (decisions.md 15)
  const order = clone(baseOrder('HN', 'unit'));
  const required = precheck(order).requiredMaterials;
  const cert = required.find((m) => m.code === 'domain_certificate')!;
  assert.equal(cert.path, 'websites[0].domains[0]');
  order.materials = required.filter((m) => m !== cert).map((m) => ({ code: m.code }));
  const [finding] = missing(order);
  assert.equal(finding![0], 'websites[0].domains[0]');
  assert.match(finding![1]!, /^缺少《域名证书》（网站1的域名 xinghe-tech\.com）：/);
  order.materials.push({ code: 'domain_certificate', path: 'websites[0].domains[0]' });
  assert.equal(precheck(order).ok, true);
});

test('a malformed supplied material names the field', () => {
  const bad = (materials: unknown) => {
    const order = { ...clone(baseOrder('BJ', 'unit')), materials } as unknown;
    try {
      precheck(order);
    } catch (e) {
      assert.ok(e instanceof PrecheckInputError);
      return [e.path, e.message];
    }
    assert.fail('expected INVALID_INPUT');
  };
  const [path, message] = bad(['verification_form', { code: 'selfie' }]);
  assert.equal(path, 'materials[1]');
  assert.match(message!, /资料代码/);
  assert.equal(bad([{ code: 'domain_certificate', path: '../x' }])[0], 'materials[0].path');
});
