/** The simulated bureau's filing status in words. */
export const BUREAU_STATUS: Record<string, [string, string, string]> = {
  sms_pending: ['待短信核验', 'Awaiting SMS verification', 'warning'],
  under_review: ['管局审核中', 'Under review', 'processing'],
  approved: ['审核通过', 'Approved', 'success'],
  rejected: ['已驳回', 'Rejected', 'error'],
  returned: ['已退回', 'Returned', 'default'],
};
