/** /api/v1/filings: the applicant's filed subject with its ICP number and its websites with theirs. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.js';
import { filingViewSchema, listFilings } from '../../usecases/filings/list-filings.js';
import { requireActor } from '../auth.js';

export function filingRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/filings',
      {
        schema: {
          tags: ['filings'],
          summary: '我的备案（主体备案号与网站备案号）',
          response: { 200: z.object({ filings: z.array(filingViewSchema) }) },
        },
      },
      async (request) => ({ filings: await listFilings(deps, requireActor(request, ['applicant'])) }),
    );
  };
}
