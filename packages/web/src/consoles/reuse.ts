/**
 * The applicant portal's pieces the consoles reuse (packages/web/README: a reviewer's order view reuses
 * FindingList and indexFindings): one place that names them, so the consoles' own modules import from here.
 * They are small and pure; the applicant's bundle is unaffected (the import goes from the consoles to them).
 */
export { FindingList } from '../portals/applicant/wizard/FindingList.js';
export { indexFindings, type Finding, type FindingIndex } from '../portals/applicant/wizard/findings.js';
export { SERVICE_CONTENTS } from '../portals/applicant/wizard/service-content.js';
export { fieldLabel } from '../portals/applicant/components/field-label.js';
export { OrderStateTag } from '../portals/applicant/components/OrderStateTag.js';
export { dueOf, formatChinaTime } from '../portals/applicant/components/due-time.js';
export { OrderAfterFilingCard } from '../portals/applicant/after-filing/ChangesCard.js';
export { isOrderWarning, KindTag } from '../shared/after-filing.js';
