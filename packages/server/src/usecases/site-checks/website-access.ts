/** A website filing the applicant may see and check: one of the subject its approved orders filed (as in 我的备案). */
import type { Actor } from '../../auth/actor.js';
import type { Queryable } from '../../db/db.js';
import { AppError } from '../../http/errors.js';
import { accountsOfSubject, loadCheckedWebsite, type CheckedWebsite } from './site-check-view.js';

export async function websiteOfActor(
  db: Queryable,
  actor: Actor,
  icpNumber: string,
): Promise<CheckedWebsite> {
  const website = await loadCheckedWebsite(db, icpNumber);
  if (
    !website ||
    website.cancelled ||
    !(await accountsOfSubject(db, website.subjectIcpNumber)).includes(actor.accountId)
  )
    throw new AppError('NOT_FOUND', '找不到该网站备案：请在“我的备案号”中选择本账号的网站。', 'icpNumber');
  return website;
}
