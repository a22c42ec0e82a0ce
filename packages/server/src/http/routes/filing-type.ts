/** 验证备案类型: GET /api/v1/captcha (验证码) and POST /api/v1/filing-type/verify. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.js';
import { captchaViewSchema, issueCaptcha } from '../../usecases/captcha/issue-captcha.js';
import {
  filingTypeResultSchema,
  verifyFilingType,
  verifyFilingTypeInput,
} from '../../usecases/filing-type/verify-filing-type.js';
import { requireActor } from '../auth.js';

export function filingTypeRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/captcha',
      {
        schema: {
          tags: ['filing-type'],
          summary: '获取图形验证码（5分钟内有效，只能使用一次）',
          response: { 200: captchaViewSchema },
        },
        config: { public: true, rateLimit: { max: 30, timeWindow: '1 minute' } },
      },
      async (_request, reply) => {
        void reply.header('cache-control', 'no-store');
        return issueCaptcha(deps);
      },
    );

    app.post(
      '/filing-type/verify',
      {
        schema: {
          tags: ['filing-type'],
          summary: '验证备案类型（首次备案、新增网站、接入备案、新增接入），并列出阻止备案的冲突',
          description:
            '须先获取验证码；每个验证码只能提交一次，答错也须重新获取。字段有误时返回 400 INVALID_INPUT 并指明字段，验证码不会被使用。',
          body: verifyFilingTypeInput,
          response: { 200: filingTypeResultSchema },
        },
        config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      },
      async (request) => {
        const actor = requireActor(request, ['applicant']);
        return verifyFilingType(deps, actor, request.body);
      },
    );
  };
}
