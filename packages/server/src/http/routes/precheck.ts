/** POST /api/v1/precheck: the rules engine over HTTP, the same JSON as the CLI and the library. No login. */
import { parsePrecheckInput, precheck } from '@beian/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

export const precheckRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/precheck',
    {
      schema: {
        tags: ['precheck'],
        summary: '预检备案订单（验证备案类型、管局规则、所需资料、核验步骤）',
        description:
          '输入与输出见 precheck-contract.md。格式不正确的输入返回 400 INVALID_INPUT，并指明字段路径。',
        body: z.unknown().meta({ description: 'PrecheckInput' }),
      },
      config: { public: true, rateLimit: { max: 600, timeWindow: '1 minute' } },
    },
    async (request) => precheck(parsePrecheckInput(request.body)),
  );
};
