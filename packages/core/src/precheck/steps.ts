/** The verification steps an order passes after submission, in their fixed order (decisions.md 1, 17). */
import { SMS_PILOT_PROVINCES, type ProvinceCode } from '../codes/provinces.js';
import type { FilingType, MaterialCode, StepCode } from '../glossary.js';

/** Materials that must reach the bureau by post (西藏 党政机关确认函, seed 004 §7.8.4). */
export const MAILED_MATERIALS: ReadonlySet<MaterialCode> = new Set(['party_gov_confirmation']);

export function needsSmsVerification(province: ProvinceCode, filingType: FilingType | null): boolean {
  return SMS_PILOT_PROVINCES.has(province) || filingType === 'new_website_elsewhere';
}

export function stepsFor(
  province: ProvinceCode,
  filingType: FilingType | null,
  materials: Iterable<MaterialCode>,
): StepCode[] {
  const steps: StepCode[] = [
    'initial_review',
    province === 'SH' ? 'shanghai_app_verification' : 'curtain_photo',
  ];
  for (const m of materials)
    if (MAILED_MATERIALS.has(m)) {
      steps.push('mail_documents');
      break;
    }
  if (needsSmsVerification(province, filingType)) steps.push('sms_verification');
  steps.push('bureau_review');
  return steps;
}
