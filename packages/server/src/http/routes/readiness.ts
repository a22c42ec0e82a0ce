/** 备案前检查 (readiness checks): POST /api/v1/readiness/domain checks one domain before filing. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.js';
import {
  checkDomain,
  checkDomainInput,
  domainCheckResultSchema,
} from '../../usecases/readiness/check-domain.js';
import { requireActor } from '../auth.js';

export function readinessRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/readiness/domain',
      {
        // the role before the body (style.md 2): staff get 403, never an answer about the input
        onRequest: async (request) => {
          requireActor(request, ['applicant']);
        },
        schema: {
          tags: ['readiness'],
          summary:
            '备案前检查：检查域名是否满足备案要求（格式、后缀、注册商、实名认证、持有者、有效期、隐私保护、是否已备案）',
          description:
            '按所选省份（不选则用本账号订单的省份，再不然按一般要求）和主办单位性质，用预检的同一套规则检查；已被其他主体备案的域名只说明“已被其他主体备案”，不显示其备案号和持有者。',
          body: checkDomainInput,
          response: { 200: domainCheckResultSchema },
        },
        config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      },
      async (request) => checkDomain(deps, requireActor(request, ['applicant']), request.body),
    );
  };
}
