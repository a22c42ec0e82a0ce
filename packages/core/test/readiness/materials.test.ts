import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PROVINCE_CODES } from '../../src/codes/provinces.js';
import { FILING_TYPE_CODES, NATURES } from '../../src/glossary.js';
import { precheck } from '../../src/precheck/precheck.js';
import { scenarioMaterials, type MaterialScenario } from '../../src/readiness/materials.js';
import { AS_OF } from '../support/factories.js';

const run = (s: Partial<MaterialScenario> & Pick<MaterialScenario, 'province' | 'nature'>) =>
  scenarioMaterials({ asOf: AS_OF, ...s });
const codes = (r: ReturnType<typeof run>) => r.materials.map((m) => m.code);
const blockerCodes = (r: ReturnType<typeof run>) => r.blockers.map((b) => b.code);

describe('materials for a scenario', () => {
  test('the plain scenario files everywhere (Tianjin units need another website leader) with the base materials', () => {
    for (const province of PROVINCE_CODES)
      for (const nature of Object.keys(NATURES)) {
        const r = run({ province, nature });
        const expectBlocked = province === 'TJ' && nature !== 'individual';
        assert.deepEqual(
          blockerCodes(r),
          expectBlocked ? ['LEADERS_MUST_DIFFER'] : [],
          `${province} ${nature}`,
        );
        assert.ok(codes(r).includes('verification_form'), `${province} ${nature}`);
        assert.ok(codes(r).includes('subject_leader_id'), `${province} ${nature}`);
        assert.equal(codes(r).includes('unit_certificate'), nature !== 'individual', `${province} ${nature}`);
        assert.equal(r.filingType, 'first_filing');
        for (const m of r.materials) assert.ok(m.reason && m.citation, `${m.code} has a reason and citation`);
      }
    assert.deepEqual(blockerCodes(run({ province: 'TJ', nature: 'enterprise', websiteLeader: 'other' })), []);
  });

  test('the materials are the precheck’s for the scenario’s representative order', () => {
    const r = run({ province: 'GD', nature: 'individual', websites: 3, preApprovals: ['news'] });
    assert.deepEqual(r.materials, precheck(r.order).requiredMaterials);
    assert.equal(r.order.websites.length, 3);
  });

  test('each filing type is what the representative order gets', () => {
    for (const filingType of FILING_TYPE_CODES)
      assert.equal(
        run({ province: 'ZJ', nature: 'enterprise', filingType }).filingType,
        filingType,
        filingType,
      );
  });

  test('a subject leader who is not the legal representative: letters where the province offers them, else a blocker', () => {
    const bj = run({ province: 'BJ', nature: 'enterprise', subjectLeaderIsLegalRep: false });
    assert.ok(codes(bj).includes('authorization_letter'));
    assert.ok(codes(bj).includes('legal_rep_id'));
    assert.deepEqual(blockerCodes(bj), []);
    const ah = run({ province: 'AH', nature: 'enterprise', subjectLeaderIsLegalRep: false });
    assert.ok(blockerCodes(ah).includes('SUBJECT_LEADER_NOT_LEGAL_REP'));
  });

  test('website leaders, pre-approvals, Guangdong’s construction plan, Tibet’s confirmation letter', () => {
    const other = run({ province: 'ZJ', nature: 'enterprise', websites: 3, websiteLeader: 'other' });
    assert.deepEqual(
      other.materials.filter((m) => m.code === 'website_leader_id').map((m) => m.path),
      ['websites[0]', 'websites[1]', 'websites[2]'],
    );
    const news = run({ province: 'ZJ', nature: 'enterprise', preApprovals: ['news', 'education'] });
    assert.deepEqual(
      news.materials.filter((m) => m.code === 'pre_approval_document').map((m) => m.path),
      ['websites[0]'],
    );
    assert.match(news.materials.find((m) => m.code === 'pre_approval_document')!.reason, /新闻/);
    assert.doesNotMatch(news.materials.find((m) => m.code === 'pre_approval_document')!.reason, /教育/);

    const gd = (filedWebsites: number) =>
      run({ province: 'GD', nature: 'individual', filingType: 'new_website', filedWebsites });
    assert.ok(!codes(gd(4)).includes('construction_plan'), '4 filed + 1 = 5: not above 5');
    assert.ok(codes(gd(5)).includes('construction_plan'), '5 filed + 1 = 6');

    const xz = run({ province: 'XZ', nature: 'enterprise' });
    assert.ok(codes(xz).includes('party_gov_confirmation'));
    assert.ok(xz.steps.includes('mail_documents'));
    assert.ok(
      !codes(run({ province: 'XZ', nature: 'enterprise', filingType: 'new_website' })).includes(
        'party_gov_confirmation',
      ),
    );
  });

  test('non-local and under-18 people: a proof where the province takes one, else a blocker', () => {
    assert.ok(
      codes(run({ province: 'FJ', nature: 'individual', nonLocal: true })).includes('residence_proof'),
    );
    assert.ok(
      codes(run({ province: 'GD', nature: 'individual', underage: true })).includes('employment_proof'),
    );
    assert.ok(
      blockerCodes(run({ province: 'GZ', nature: 'individual', underage: true })).includes('PERSON_UNDERAGE'),
    );
    assert.deepEqual(blockerCodes(run({ province: 'GD', nature: 'individual' })), []);
  });

  test('domains held by a shareholder: the holder proof where the province names it (decisions.md 22)', () => {
    const tj = run({
      province: 'TJ',
      nature: 'enterprise',
      websiteLeader: 'other',
      domainHolder: 'shareholder',
    });
    assert.ok(codes(tj).includes('domain_holder_proof'));
    const bj = run({ province: 'BJ', nature: 'enterprise', domainHolder: 'shareholder' });
    assert.ok(
      blockerCodes(bj).includes('DOMAIN_HOLDER_MISMATCH') || codes(bj).includes('domain_holder_proof'),
    );
  });
});
