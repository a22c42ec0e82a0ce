/** Checks about the subject's own certificate (主办单位证件). */
import { UNIT_CERT_TYPES, type UnitCertTypeCode } from '../../glossary.js';
import type { Check } from '../types.js';
import { provinceName } from './text.js';

/** 企业需使用营业执照备案 / 企业可使用营业执照、组织机构代码证备案: nature `enterprise` only (decisions.md 6). */
export function enterpriseCertTypes(allowed: readonly UnitCertTypeCode[]): Check {
  return (ctx, emit) => {
    if (ctx.input.subject.nature !== 'enterprise') return;
    const type = ctx.input.subject.certificate.type;
    if ((allowed as readonly string[]).includes(type)) return;
    const names = allowed.map((c) => UNIT_CERT_TYPES[c].zh).join('或');
    const current = UNIT_CERT_TYPES[type as UnitCertTypeCode]?.zh ?? type;
    emit.violation(
      'CERT_TYPE_NOT_ACCEPTED',
      'subject.certificate.type',
      `${provinceName(ctx.province)}管局要求企业使用${names}备案（当前为${current}）：请改用${names}。`,
    );
  };
}
