/**
 * The province's 变更备案规则 (seed 004 §7, under each province's 企业用户 / 个人用户) applied to a subject change.
 * The rule packs hold them as `kind: 'change'` notes quoting the seed; their ids name what each line says, and
 * this file gives every id its meaning, judged on the subject as filed (its scope picks the pack) and as it will be:
 *
 * - `unit-to-individual` (单位不能变更为个人备案): a unit cannot become an individual;
 * - `no-change-of-person` (个人不可以变更为其他个人…): an individual filing cannot pass to another person, nor to a
 *   unit — except, where the line says so (…当已备案的个人是单位法定代表人时，可以个人变单位), to a unit whose legal
 *   representative (and subject leader) is the filed person;
 * - `change-to-other-subject` / `change-nature-allowed` (…可以变更为其他单位或个人…，无需提供变更证明): any change of
 *   holder or nature is allowed and no change proof is asked;
 * - `name-change-proof`, `name-change-related`, `name-change-unrelated` (单位名称发生变更…): a unit's new name needs
 *   the applicant to say whether the units before and after are related: related → 变更证明 (change_proof);
 *   unrelated → the record must be cancelled and filed again;
 * - `name-and-number-change` (单位名称和证件号码同时变更时…): both changed → one change proof covering both (BJ: a
 *   number changed alone by 三证合一 needs none);
 * - `cert-number-change` (证件号码变更…不需要提供变更资料): a number changed alone needs no proof (nothing to do).
 */
import type { ProvinceCode } from '../codes/provinces.js';
import type { AfterFilingFindingCode, MaterialCode } from '../glossary.js';
import { provinceRules } from '../rules/registry.js';
import type { Rule } from '../rules/types.js';
import type { Subject } from '../precheck/types.js';
import type { AfterFilingDeclarations } from './types.js';

export type ChangeEmit = {
  finding(rule: Rule, code: AfterFilingFindingCode, path: string, message: string): void;
  material(rule: Rule, code: MaterialCode, reason: string): void;
};

const norm = (s: string | undefined) => (s ?? '').replace(/\s+/g, '').toUpperCase();

export function changeRulesOf(province: ProvinceCode, subject: Subject): readonly Rule[] {
  const scope = subject.nature === 'individual' ? 'individual' : 'unit';
  return provinceRules(province, scope).filter((r) => r.kind === 'change');
}

/** Apply the province's change rules to a subject going from `before` to `after`. */
export function applyChangeRules(
  before: Subject,
  after: Subject,
  declarations: AfterFilingDeclarations,
  emit: ChangeEmit,
): void {
  const rules = changeRulesOf(before.province, before);
  const rule = (id: string) => rules.find((r) => r.id === id);
  const permissive = rule('change-to-other-subject') ?? rule('change-nature-allowed');
  const wasUnit = before.nature !== 'individual';
  const isUnit = after.nature !== 'individual';
  const nameChanged = norm(before.name) !== norm(after.name);
  const numberChanged = norm(before.certificate.number) !== norm(after.certificate.number);

  if (wasUnit && !isUnit) {
    const r = rule('unit-to-individual');
    if (r && !permissive)
      emit.finding(
        r,
        'CHANGE_UNIT_TO_INDIVIDUAL',
        'subject.nature',
        '单位备案不能变更为个人备案：如网站改由个人开办，请注销原备案后以个人重新备案。',
      );
    return;
  }

  if (!wasUnit) {
    if (isUnit === false && !nameChanged && !numberChanged) return;
    const r = rule('no-change-of-person');
    if (!r || permissive) return;
    const toUnitAllowed = /法定代表人/.test(r.quote);
    if (isUnit && toUnitAllowed) {
      const leader = after.leader;
      const samePerson =
        leader.isLegalRepresentative === true &&
        norm(leader.certificateNumber) === norm(before.certificate.number);
      if (!samePerson)
        emit.finding(
          r,
          'CHANGE_OF_PERSON',
          'subject.leader.isLegalRepresentative',
          '个人备案只有在已备案的个人是该单位的法定代表人时才能变更为单位：主体负责人须为原备案个人本人，且是单位的法定代表人。否则请注销原备案后以单位重新备案。',
        );
      return;
    }
    emit.finding(
      r,
      'CHANGE_OF_PERSON',
      isUnit ? 'subject.nature' : 'subject.certificate.number',
      isUnit
        ? '本省个人备案不能变更为单位备案：请注销原备案后以单位重新备案。'
        : '个人备案不能变更为其他个人：证件或姓名不同即为他人，请由本人注销原备案，新的开办者重新备案。',
    );
    return;
  }

  // unit → unit
  if (permissive) return;
  const both = nameChanged && numberChanged ? rule('name-and-number-change') : undefined;
  if (nameChanged) {
    const proofRule = rule('name-change-proof') ?? rule('name-change-related');
    const unrelatedRule = rule('name-change-unrelated') ?? proofRule;
    if (proofRule && unrelatedRule) {
      if (declarations.nameChangeRelated === undefined)
        emit.finding(
          proofRule,
          'CHANGE_DECLARATION_MISSING',
          'declarations.nameChangeRelated',
          '单位名称有变更：请说明变更前后是否为同一单位的更名（能取得工商部门的变更证明或上级部门的函件）。',
        );
      else if (!declarations.nameChangeRelated)
        emit.finding(
          unrelatedRule,
          'CHANGE_NAME_UNRELATED',
          'subject.name',
          '单位名称变更前后的单位没有关联，不能直接变更备案：请注销原备案后，以新单位重新提交备案申请。',
        );
      else if (both)
        emit.material(
          both,
          'change_proof',
          '单位名称和证件号码同时变更：变更证明须同时载明名称和证件号码的变更。',
        );
      else
        emit.material(
          proofRule,
          'change_proof',
          '单位名称变更：请上传工商部门开具的变更证明（政府、事业单位等上传上级部门的函件）。',
        );
    }
  }
}
