/**
 * /api/v1/filings/websites/{icpNumber}/site-checks: a filed website's checks (does its home page answer and show
 * its ICP number at the bottom), and 立即检测. The latest check of every website is also in GET /filings.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.js';
import { listSiteChecks, siteCheckListSchema } from '../../usecases/site-checks/list-site-checks.js';
import { runSiteCheck } from '../../usecases/site-checks/run-site-check.js';
import { siteCheckViewSchema, websiteIcpNumberSchema } from '../../usecases/site-checks/site-check-view.js';
import { requireActor } from '../auth.js';

const tags = ['filings'];
const params = z.object({ icpNumber: websiteIcpNumberSchema });

export function siteCheckRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/filings/websites/:icpNumber/site-checks',
      {
        schema: {
          tags,
          summary: '网站检查记录（首页能否访问、底部是否展示备案号），最新的在前',
          params,
          response: { 200: siteCheckListSchema },
        },
      },
      async (request) => listSiteChecks(deps, requireActor(request, ['applicant']), request.params.icpNumber),
    );

    app.post(
      '/filings/websites/:icpNumber/site-checks',
      {
        schema: {
          tags,
          summary: '立即检测网站（同一网站每分钟最多一次）',
          params,
          response: { 201: z.object({ check: siteCheckViewSchema }) },
        },
        config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        const check = await runSiteCheck(
          deps,
          requireActor(request, ['applicant']),
          request.params.icpNumber,
        );
        return reply.status(201).send({ check });
      },
    );
  };
}
