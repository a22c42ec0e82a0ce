/**
 * 立即检测: the applicant checks one of its websites now (after fixing its footer, say) instead of waiting for the
 * daily sweep. The fetch runs in the request, with no transaction open; at most one check of a website a minute.
 */
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { checkLoadedWebsite } from './check-website.js';
import type { SiteCheckView } from './site-check-view.js';
import { websiteOfActor } from './website-access.js';

/** The least time between two checks of one website an applicant asks for. */
export const RECHECK_AFTER_MS = 60_000;

export async function runSiteCheck(deps: Deps, actor: Actor, icpNumber: string): Promise<SiteCheckView> {
  const website = await websiteOfActor(deps.db, actor, icpNumber);
  if (!website.accessedHere)
    throw new AppError(
      'INVALID_STATE',
      '该网站不在本平台接入，本平台不检查它：请到接入它的服务商查看。',
      'icpNumber',
    );
  const now = deps.clock.now();
  const { rows } = await deps.db.query<{ checked_at: Date }>(
    `SELECT checked_at FROM site_checks WHERE website_icp_number = $1 ORDER BY checked_at DESC, id DESC LIMIT 1`,
    [website.icpNumber],
  );
  const last = rows[0] ? new Date(rows[0].checked_at).getTime() : null;
  if (last !== null && now.getTime() - last < RECHECK_AFTER_MS)
    throw new AppError(
      'RATE_LIMITED',
      `该网站刚刚检查过：请 ${Math.ceil((RECHECK_AFTER_MS - (now.getTime() - last)) / 1000)} 秒后再试。`,
      'icpNumber',
    );
  const done = await checkLoadedWebsite(deps, website, 'applicant');
  if (!done) throw new AppError('INVALID_STATE', '该网站已注销或已不在本平台接入，不再检查。', 'icpNumber');
  return done.check;
}
