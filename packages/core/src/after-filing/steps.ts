/**
 * The steps of an after-filing order (decisions.md 17's order), and who answers the bureau's 短信核验.
 *
 * - 初审 always (the provider checks the change and phones the applicant, seed 003).
 * - 核验 (幕布拍照, or the Shanghai bureau app) only when a new person becomes a leader: the photo is of the
 *   person who will answer for the record; a cancellation or a change that keeps the people needs none.
 * - 邮寄资料 when a required material goes by post (Tibet), as for filings.
 * - 短信核验 in the 22 provinces of decisions.md 1 for every order except 取消接入, which the MIIT does not verify
 *   (research/domain-notes.md §7.4); the verifiers are the subject leader for a subject change or cancellation and
 *   each concerned website's leader for a website or access change or a website cancellation (same table).
 * - 管局审核 always: the bureau records every change, cancellation and removed access.
 */
import { SMS_PILOT_PROVINCES, type ProvinceCode } from '../codes/provinces.js';
import type { AfterFilingKind, MaterialCode, StepCode } from '../glossary.js';
import { MAILED_MATERIALS } from '../precheck/steps.js';

export type SmsVerifiers = 'subject_leader' | 'website_leaders' | 'none';

export function afterFilingSmsVerifiers(kind: AfterFilingKind): SmsVerifiers {
  if (kind === 'cancel_access') return 'none';
  return kind === 'change_subject' || kind === 'cancel_subject' ? 'subject_leader' : 'website_leaders';
}

export function afterFilingSteps(
  kind: AfterFilingKind,
  province: ProvinceCode,
  opts: { newLeader: boolean; materials: Iterable<MaterialCode> },
): StepCode[] {
  const steps: StepCode[] = ['initial_review'];
  if (opts.newLeader) steps.push(province === 'SH' ? 'shanghai_app_verification' : 'curtain_photo');
  for (const m of opts.materials)
    if (MAILED_MATERIALS.has(m)) {
      steps.push('mail_documents');
      break;
    }
  if (SMS_PILOT_PROVINCES.has(province) && afterFilingSmsVerifiers(kind) !== 'none')
    steps.push('sms_verification');
  steps.push('bureau_review');
  return steps;
}
