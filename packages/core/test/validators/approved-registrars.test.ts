import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseIsoDate } from '../../src/util/dates.js';
import { APPROVED_REGISTRARS, findApprovedRegistrar } from '../../src/validators/approved-registrars.js';

test('the list states its source, date and that it is a snapshot to replace', () => {
  assert.ok(APPROVED_REGISTRARS.source.includes('domain.miit.gov.cn'));
  assert.ok(parseIsoDate(APPROVED_REGISTRARS.retrieved));
  assert.match(APPROVED_REGISTRARS.note, /snapshot/);
  assert.match(APPROVED_REGISTRARS.note, /replace/);
});

test('every registrar is a company with its evidence, and no name or alias is listed twice', () => {
  assert.ok(APPROVED_REGISTRARS.registrars.length >= 5);
  const seen = new Set<string>();
  for (const r of APPROVED_REGISTRARS.registrars) {
    assert.match(r.name, /公司$/, r.name);
    assert.ok(r.evidence.length > 0 && r.evidence.every((e) => e.trim().length > 20), r.name);
    for (const n of [r.name, ...r.aliases]) {
      assert.ok(!seen.has(n), `${n} twice`);
      seen.add(n);
    }
  }
});

test('a registrar is found by its name, an alias or the name with a bracketed brand, as registries write them', () => {
  const ali = findApprovedRegistrar('阿里云计算有限公司（万网）');
  assert.equal(ali?.name, '阿里云计算有限公司');
  assert.equal(ali?.licence, '浙D3-20210002');
  assert.equal(findApprovedRegistrar('阿里云计算有限公司(万网)')?.name, '阿里云计算有限公司');
  assert.equal(findApprovedRegistrar('  阿里云计算有限公司 ')?.name, '阿里云计算有限公司');
  assert.equal(findApprovedRegistrar('dnspod, inc.')?.name, '烟台帝思普网络科技有限公司');
  assert.equal(findApprovedRegistrar('北京新网数码信息技术有限公司（新网）')?.brand, '新网');
  assert.equal(findApprovedRegistrar('Xin Net Technology Corporation')?.name, '北京新网数码信息技术有限公司');
});

test('foreign and unknown registrars are not on the list', () => {
  for (const name of ['NameCheap, Inc.', 'GoDaddy.com, LLC', '阿里云', '新网', '', '   '])
    assert.equal(findApprovedRegistrar(name), undefined, name);
});
