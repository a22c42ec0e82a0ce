/**
 * The after-filing check: the province 变更备案规则 of seed 004 §7 for all 31 provinces (where each fires and where
 * it must not), the platform's change and cancellation rules, 空壳 warnings, materials and steps.
 * The province lists below are read off the seed, not off the packs, so a pack that loses a line fails here.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PROVINCE_CODES, type ProvinceCode } from '../../src/codes/provinces.js';
import { checkAfterFiling } from '../../src/after-filing/check.js';
import type { AfterFilingInput, AfterFilingRequest, FiledRecord } from '../../src/after-filing/types.js';
import type { Subject, Website } from '../../src/precheck/types.js';
import {
  AS_OF,
  baseOrder,
  clone,
  otherPerson,
  residentId,
  uscc,
  type ScopeName,
} from '../support/factories.js';

/** 企业用户 变更备案规则 that allow any change without proof (…可以变更为其他单位或个人性质备案，无需提供变更证明). */
const UNIT_PERMISSIVE: ProvinceCode[] = ['GD', 'SX', 'XZ', 'XJ', 'CQ', 'GZ', 'QH'];
/** 个人用户 lines that allow a change to another person or unit. */
const INDIVIDUAL_PERMISSIVE: ProvinceCode[] = ['GD', 'SX', 'GZ', 'XZ', 'XJ', 'CQ', 'QH'];
/** 个人用户 lines that allow 个人变单位 when the person is the unit's legal representative. */
const INDIVIDUAL_TO_UNIT_AS_LEGAL_REP: ProvinceCode[] = [
  'TJ',
  'NM',
  'JL',
  'HL',
  'AH',
  'JX',
  'HA',
  'HN',
  'GX',
  'SC',
  'YN',
  'LN',
  'SH',
  'ZJ',
  'JS',
  'HI',
  'SD',
];
/** 单位名称和证件号码同时变更时 … 变更证明. */
const NAME_AND_NUMBER: ProvinceCode[] = ['BJ', 'FJ'];

function record(province: ProvinceCode, scope: ScopeName, websites = 1): FiledRecord {
  const order = baseOrder(province, scope);
  const first = order.websites[0]!;
  const list: Website[] = [first];
  for (let i = 1; i < websites; i++)
    list.push({ ...clone(first), name: `${first.name}${i}`, domains: [`site${i}-${first.domains[0]}`] });
  return {
    icpNumber: '京ICP备26000123号',
    subject: order.subject,
    websites: list.map((website, i) => ({
      icpNumber: `京ICP备26000123号-${i + 1}`,
      website,
      accessedHere: true,
      accessedElsewhere: false,
    })),
  };
}

function facts(r: FiledRecord, subject: Subject = r.subject): AfterFilingInput['domains'] {
  const order = baseOrder(r.subject.province, r.subject.nature === 'individual' ? 'individual' : 'unit');
  const base = Object.values(order.domains!)[0]!;
  return Object.fromEntries(
    r.websites.map((w) => [w.website.domains[0]!, { ...base, holder: subject.name }]),
  );
}

function run(r: FiledRecord, request: AfterFilingRequest, extra: Partial<AfterFilingInput> = {}) {
  return checkAfterFiling({
    asOf: AS_OF,
    record: r,
    request,
    domains: facts(r, request.subject ?? r.subject),
    ...extra,
  });
}

const codes = (res: ReturnType<typeof run>, severity = 'error') =>
  res.violations.filter((v) => v.severity === severity).map((v) => v.code);

/** The individual record's person, now as the subject leader and legal representative of a unit. */
function individualToUnit(r: FiledRecord, samePerson: boolean): Subject {
  const unit = clone(baseOrder(r.subject.province, 'unit').subject);
  unit.leader = samePerson
    ? { ...clone(r.subject.leader), isLegalRepresentative: true }
    : otherPerson(r.subject.province, { isLegalRepresentative: true });
  unit.legalRepresentative = { name: unit.leader.name, region: 'mainland' };
  return unit;
}

describe('变更主体: the province change rules (seed 004 §7), all 31 provinces', () => {
  for (const p of PROVINCE_CODES) {
    test(`${p}: a unit becoming an individual`, () => {
      const r = record(p, 'unit');
      const after = clone(baseOrder(p, 'individual').subject);
      const res = run(r, { kind: 'change_subject', subject: after });
      const finding = res.violations.find((v) => v.code === 'CHANGE_UNIT_TO_INDIVIDUAL');
      if (UNIT_PERMISSIVE.includes(p)) assert.equal(finding, undefined);
      else {
        assert.ok(finding, 'unit → individual must be refused');
        assert.equal(finding.path, 'subject.nature');
        assert.equal(finding.ruleId, `${p}/enterprise/unit-to-individual`);
        assert.match(finding.citation ?? '', /004 §7/);
        assert.equal(res.ok, false);
      }
    });

    test(`${p}: an individual filing passed to another individual`, () => {
      const r = record(p, 'individual');
      const after = clone(r.subject);
      const id = residentId(p, '19950101', '777');
      after.name = '周晓';
      after.certificate.number = id;
      after.leader = { ...after.leader, name: '周晓', certificateNumber: id };
      const res = run(r, { kind: 'change_subject', subject: after });
      const finding = res.violations.find((v) => v.code === 'CHANGE_OF_PERSON');
      if (INDIVIDUAL_PERMISSIVE.includes(p)) assert.equal(finding, undefined);
      else {
        assert.ok(finding);
        assert.equal(finding.path, 'subject.certificate.number');
        assert.equal(finding.ruleId, `${p}/individual/no-change-of-person`);
      }
    });

    test(`${p}: an individual becoming a unit whose legal representative they are`, () => {
      const r = record(p, 'individual');
      const res = run(r, { kind: 'change_subject', subject: individualToUnit(r, true) });
      const finding = res.violations.find((v) => v.code === 'CHANGE_OF_PERSON');
      if (INDIVIDUAL_PERMISSIVE.includes(p) || INDIVIDUAL_TO_UNIT_AS_LEGAL_REP.includes(p))
        assert.equal(finding, undefined);
      else {
        assert.ok(finding, 'this province allows no change of an individual filing');
        assert.equal(finding.path, 'subject.nature');
      }
    });

    test(`${p}: an individual becoming a unit led by someone else`, () => {
      const r = record(p, 'individual');
      const res = run(r, { kind: 'change_subject', subject: individualToUnit(r, false) });
      const finding = res.violations.find((v) => v.code === 'CHANGE_OF_PERSON');
      if (INDIVIDUAL_PERMISSIVE.includes(p)) assert.equal(finding, undefined);
      else {
        assert.ok(finding);
        if (INDIVIDUAL_TO_UNIT_AS_LEGAL_REP.includes(p))
          assert.equal(finding.path, 'subject.leader.isLegalRepresentative');
      }
    });

    test(`${p}: a unit's new name`, () => {
      const r = record(p, 'unit');
      const after = {
        ...clone(r.subject),
        name: `${r.subject.name.replace('有限公司', '')}（集团）有限公司`,
      };
      const undeclared = run(r, { kind: 'change_subject', subject: after });
      const unrelated = run(r, {
        kind: 'change_subject',
        subject: after,
        declarations: { nameChangeRelated: false },
      });
      const related = run(r, {
        kind: 'change_subject',
        subject: after,
        declarations: { nameChangeRelated: true },
      });
      if (UNIT_PERMISSIVE.includes(p)) {
        for (const res of [undeclared, unrelated, related]) {
          assert.deepEqual(codes(res), []);
          assert.ok(
            !res.requiredMaterials.some((m) => m.code === 'change_proof'),
            'no change proof (无需提供变更证明)',
          );
        }
        return;
      }
      assert.ok(codes(undeclared).includes('CHANGE_DECLARATION_MISSING'));
      assert.equal(
        undeclared.violations.find((v) => v.code === 'CHANGE_DECLARATION_MISSING')!.path,
        'declarations.nameChangeRelated',
      );
      assert.deepEqual(codes(unrelated), ['CHANGE_NAME_UNRELATED']);
      assert.match(unrelated.violations[0]!.ruleId!, new RegExp(`^${p}/enterprise/name-change-`));
      assert.deepEqual(codes(related), []);
      const proof = related.requiredMaterials.find((m) => m.code === 'change_proof');
      assert.ok(proof, 'related → 变更证明');
      assert.match(proof.ruleId!, new RegExp(`^${p}/enterprise/name-change-`));
    });

    test(`${p}: a unit's certificate number changed alone (三证合一) needs no change proof`, () => {
      const r = record(p, 'unit');
      const after = clone(r.subject);
      after.certificate.number = uscc(p, 'MA0CD34E');
      const res = run(r, { kind: 'change_subject', subject: after });
      assert.deepEqual(codes(res), []);
      assert.ok(!res.requiredMaterials.some((m) => m.code === 'change_proof'));
    });
  }

  test('BJ and FJ: name and number changed together need one change proof covering both', () => {
    for (const p of PROVINCE_CODES) {
      const r = record(p, 'unit');
      const after = {
        ...clone(r.subject),
        name: `${r.subject.name.replace('有限公司', '')}（集团）有限公司`,
      };
      after.certificate.number = uscc(p, 'MA0CD34E');
      const res = run(r, {
        kind: 'change_subject',
        subject: after,
        declarations: { nameChangeRelated: true },
      });
      const proofs = res.requiredMaterials.filter((m) => m.code === 'change_proof');
      if (UNIT_PERMISSIVE.includes(p)) assert.equal(proofs.length, 0, p);
      else {
        assert.equal(proofs.length, 1, `${p}: one change proof`);
        if (NAME_AND_NUMBER.includes(p)) {
          assert.equal(proofs[0]!.ruleId, `${p}/enterprise/name-and-number-change`);
          assert.match(proofs[0]!.reason, /名称和证件号码/);
        } else assert.match(proofs[0]!.ruleId!, new RegExp(`^${p}/enterprise/name-change-`));
      }
    }
  });
});

describe('变更: platform rules', () => {
  test('nothing changed is refused', () => {
    const r = record('BJ', 'unit');
    assert.deepEqual(codes(run(r, { kind: 'change_subject', subject: clone(r.subject) })), [
      'CHANGE_NOTHING',
    ]);
    assert.deepEqual(
      codes(
        run(r, {
          kind: 'change_website',
          websites: [{ icpNumber: r.websites[0]!.icpNumber, website: clone(r.websites[0]!.website) }],
        }),
      ),
      ['CHANGE_NOTHING'],
    );
  });

  test('the subject province cannot change; the record must pass the current rules', () => {
    const r = record('ZJ', 'unit');
    const moved = clone(r.subject);
    moved.province = 'JS';
    assert.ok(codes(run(r, { kind: 'change_subject', subject: moved })).includes('CHANGE_PROVINCE'));
    const bad = clone(r.subject);
    bad.leader.mobile = '1234';
    const res = run(r, { kind: 'change_subject', subject: bad });
    assert.ok(
      res.violations.some(
        (v) => v.code === 'MOBILE_INVALID' && v.path === 'subject.leader.mobile' && v.severity === 'error',
      ),
    );
    assert.deepEqual(res.changedPaths, ['subject.leader.mobile']);
  });

  test('a website change keeps its domain and its access; an access change touches only access', () => {
    const r = record('BJ', 'unit');
    const w = r.websites[0]!;
    const renamed = { ...clone(w.website), name: '星河科技新官网' };
    const ok = run(r, { kind: 'change_website', websites: [{ icpNumber: w.icpNumber, website: renamed }] });
    assert.deepEqual(codes(ok), []);
    assert.deepEqual(ok.changedPaths, ['websites[0].name']);
    assert.deepEqual(ok.websiteNumbers, [w.icpNumber]);
    const domain = { ...clone(w.website), domains: ['another-domain.cn'] };
    assert.ok(
      codes(
        run(r, { kind: 'change_website', websites: [{ icpNumber: w.icpNumber, website: domain }] }),
      ).includes('CHANGE_DOMAIN_FIXED'),
    );
    const access = { ...clone(w.website), access: { serviceNumber: '1234567890' } };
    assert.deepEqual(
      codes(run(r, { kind: 'change_website', websites: [{ icpNumber: w.icpNumber, website: access }] })),
      ['CHANGE_OUTSIDE_KIND'],
    );
    assert.deepEqual(
      codes(run(r, { kind: 'change_access', websites: [{ icpNumber: w.icpNumber, website: access }] })),
      [],
    );
    assert.deepEqual(
      codes(run(r, { kind: 'change_access', websites: [{ icpNumber: w.icpNumber, website: renamed }] })),
      ['CHANGE_OUTSIDE_KIND'],
    );
  });

  test('a changed website that the province rules reject is an error; an unchanged part only warns', () => {
    const r = record('BJ', 'unit', 2);
    const w = r.websites[0]!;
    const bad = { ...clone(w.website), leader: otherPerson('BJ', { mobile: '99' }) };
    const res = run(r, { kind: 'change_website', websites: [{ icpNumber: w.icpNumber, website: bad }] });
    assert.ok(
      res.violations.some(
        (v) =>
          v.code === 'MOBILE_INVALID' && v.path === 'websites[0].leader.mobile' && v.severity === 'error',
      ),
    );
    const broken = record('BJ', 'unit', 2);
    (broken.websites[1]!.website as { name: string }).name = ''; // an old website that would not pass today
    const subject = {
      ...clone(broken.subject),
      mailingAddress: { ...broken.subject.mailingAddress, text: '北京人民路99号' },
    };
    const sub = run(broken, { kind: 'change_subject', subject });
    assert.equal(sub.ok, true);
    const old = sub.violations.filter((v) => v.path.startsWith('websites[1]'));
    assert.ok(
      old.length > 0 && old.every((v) => v.severity === 'warning' && v.message.startsWith('（原备案信息')),
    );
  });

  test('targets must be live websites of the subject accessed here', () => {
    const r = record('BJ', 'unit', 2);
    const elsewhere: FiledRecord = {
      ...r,
      websites: [r.websites[0]!, { ...r.websites[1]!, accessedHere: false, accessedElsewhere: true }],
    };
    assert.deepEqual(codes(run(elsewhere, { kind: 'cancel_website', targets: ['京ICP备99999999号-1'] })), [
      'TARGET_UNKNOWN',
    ]);
    assert.ok(
      codes(run(elsewhere, { kind: 'cancel_website', targets: [r.websites[1]!.icpNumber] })).includes(
        'TARGET_NOT_ACCESSED_HERE',
      ),
    );
    assert.deepEqual(codes(run(elsewhere, { kind: 'cancel_access', targets: [] })), ['TARGET_REQUIRED']);
  });
});

describe('注销 and 取消接入: 空壳 warnings and acknowledgement', () => {
  test('cancelling the last website leaves a 空壳主体: warned, and must be acknowledged', () => {
    const r = record('GD', 'unit');
    const res = run(r, { kind: 'cancel_website', targets: [r.websites[0]!.icpNumber] });
    assert.ok(codes(res, 'warning').includes('SHELL_SUBJECT'));
    assert.deepEqual(codes(res), ['ACKNOWLEDGEMENT_REQUIRED']);
    const acked = run(r, {
      kind: 'cancel_website',
      targets: [r.websites[0]!.icpNumber],
      declarations: { acknowledged: true },
    });
    assert.equal(acked.ok, true);
    assert.deepEqual(acked.requiredMaterials, [], 'a cancellation asks for no materials');
  });

  test('cancelling one of two websites leaves no 空壳主体', () => {
    const r = record('GD', 'unit', 2);
    const res = run(r, {
      kind: 'cancel_website',
      targets: [r.websites[1]!.icpNumber],
      declarations: { acknowledged: true },
    });
    assert.ok(!codes(res, 'warning').includes('SHELL_SUBJECT'));
    assert.ok(codes(res, 'warning').includes('CANCEL_IRREVERSIBLE'));
  });

  test('取消接入 of a website no other provider accesses leaves a 空壳网站 (and subject); accessed elsewhere it does not', () => {
    const r = record('ZJ', 'unit', 2);
    const alone = run(r, {
      kind: 'cancel_access',
      targets: [r.websites[0]!.icpNumber],
      declarations: { acknowledged: true },
    });
    assert.deepEqual(codes(alone, 'warning'), ['SHELL_WEBSITE']);
    const all = run(r, {
      kind: 'cancel_access',
      targets: r.websites.map((w) => w.icpNumber),
      declarations: { acknowledged: true },
    });
    assert.deepEqual(codes(all, 'warning').sort(), ['SHELL_SUBJECT', 'SHELL_WEBSITE', 'SHELL_WEBSITE']);
    const both: FiledRecord = { ...r, websites: r.websites.map((w) => ({ ...w, accessedElsewhere: true })) };
    const fine = run(both, { kind: 'cancel_access', targets: both.websites.map((w) => w.icpNumber) });
    assert.deepEqual(fine.violations, []);
    assert.equal(fine.ok, true);
  });

  test('注销主体 warns that the numbers are gone for good and about websites other providers access', () => {
    const r = record('BJ', 'individual', 2);
    const mixed: FiledRecord = {
      ...r,
      websites: [r.websites[0]!, { ...r.websites[1]!, accessedHere: false, accessedElsewhere: true }],
    };
    const res = run(mixed, { kind: 'cancel_subject', declarations: { acknowledged: true } });
    assert.deepEqual(codes(res, 'warning').sort(), ['CANCEL_IRREVERSIBLE', 'CANCEL_OTHER_PROVIDERS']);
    assert.equal(res.data.websites.length, 1, 'the order lists the websites accessed here');
    assert.equal(run(r, { kind: 'cancel_subject' }).ok, false, 'not acknowledged');
  });
});

describe('steps and materials of after-filing orders', () => {
  test('a new leader is photographed (curtain, or the Shanghai app); the same people are not', () => {
    for (const p of ['BJ', 'SH'] as const) {
      const r = record(p, 'unit');
      const w = r.websites[0]!;
      const newLeader = { ...clone(w.website), leader: otherPerson(p) };
      const steps = run(r, {
        kind: 'change_website',
        websites: [{ icpNumber: w.icpNumber, website: newLeader }],
      }).steps;
      assert.ok(steps.includes(p === 'SH' ? 'shanghai_app_verification' : 'curtain_photo'), p);
      const renamed = { ...clone(w.website), name: '新名称网站' };
      const plain = run(r, {
        kind: 'change_website',
        websites: [{ icpNumber: w.icpNumber, website: renamed }],
      }).steps;
      assert.deepEqual(plain, ['initial_review', 'bureau_review']);
    }
  });

  test('短信核验 in the 22 provinces for every after-filing order but 取消接入', () => {
    const zj = record('ZJ', 'unit', 2);
    const bj = record('BJ', 'unit', 2);
    const t = (r: FiledRecord) => [r.websites[0]!.icpNumber];
    assert.ok(
      run(zj, {
        kind: 'cancel_website',
        targets: t(zj),
        declarations: { acknowledged: true },
      }).steps.includes('sms_verification'),
    );
    assert.ok(
      run(zj, { kind: 'cancel_subject', declarations: { acknowledged: true } }).steps.includes(
        'sms_verification',
      ),
    );
    assert.ok(
      !run(zj, {
        kind: 'cancel_access',
        targets: t(zj),
        declarations: { acknowledged: true },
      }).steps.includes('sms_verification'),
    );
    assert.ok(
      !run(bj, {
        kind: 'cancel_website',
        targets: t(bj),
        declarations: { acknowledged: true },
      }).steps.includes('sms_verification'),
    );
  });

  test('a related name change without its change proof uploaded is MATERIAL_MISSING; with it, passes', () => {
    const r = record('TJ', 'unit');
    const after = { ...clone(r.subject), name: '天津星河数字科技有限公司' };
    const req: AfterFilingRequest = {
      kind: 'change_subject',
      subject: after,
      declarations: { nameChangeRelated: true },
    };
    const needed = run(r, req).requiredMaterials.map((m) => m.code);
    assert.ok(needed.includes('change_proof') && needed.includes('verification_form'));
    const missing = run(r, req, { materials: needed.filter((c) => c !== 'change_proof') });
    assert.deepEqual(codes(missing), ['MATERIAL_MISSING']);
    assert.match(missing.violations.find((v) => v.code === 'MATERIAL_MISSING')!.message, /变更证明/);
    assert.equal(run(r, req, { materials: needed }).ok, true);
  });
});
