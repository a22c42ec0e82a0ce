/**
 * 备案后的业务 (issue 4 item 8): the account's filed record, the dry-run check of a change or cancellation, the
 * after-filing orders (created and edited here; submitted, reviewed, pushed and approved through the same order
 * endpoints as filing orders), and the 公安联网备案 number of a filed website.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.js';
import {
  checkAfterFilingRequest,
  createAfterFilingOrder,
  updateAfterFilingOrder,
} from '../../usecases/after-filing/draft-after-filing.js';
import { publicSecurityInput, recordPublicSecurity } from '../../usecases/after-filing/public-security.js';
import { filedRecordView, filedRecordViewSchema } from '../../usecases/after-filing/record-view.js';
import { afterFilingRequestSchema } from '../../usecases/after-filing/request.js';
import { orderViewSchema } from '../../usecases/orders/order-view.js';
import { requireActor } from '../auth.js';

const one = z.object({ order: orderViewSchema });
const orderParams = z.object({ orderId: z.string().uuid('订单编号格式不正确') });
const websiteParams = z.object({
  icpNumber: z.string().regex(/^.ICP备\d{6,10}号-\d+$/, '网站备案号格式应如 京ICP备12345678号-1'),
});

export function afterFilingRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/filings/record',
      {
        schema: {
          tags: ['after-filing'],
          summary: '我的备案信息（主体与网站的备案数据，变更、注销的起点）',
          response: { 200: z.object({ record: filedRecordViewSchema.nullable() }) },
        },
      },
      async (request) => ({ record: await filedRecordView(deps, requireActor(request, ['applicant'])) }),
    );
    app.put(
      '/filings/websites/:icpNumber/public-security',
      {
        schema: {
          tags: ['after-filing'],
          summary: '登记网站的公安联网备案号',
          params: websiteParams,
          body: publicSecurityInput,
          response: { 200: z.object({ record: filedRecordViewSchema }) },
        },
      },
      async (request) => ({
        record: await recordPublicSecurity(
          deps,
          requireActor(request, ['applicant']),
          request.params.icpNumber,
          request.body,
        ),
      }),
    );
    app.post(
      '/after-filing/check',
      {
        schema: {
          tags: ['after-filing'],
          summary: '检查变更、注销或取消接入（不保存）',
          body: afterFilingRequestSchema,
          response: { 200: z.object({ result: z.unknown() }) },
        },
      },
      async (request) => ({
        result: await checkAfterFilingRequest(deps, requireActor(request, ['applicant']), request.body),
      }),
    );
    app.post(
      '/after-filing/orders',
      {
        schema: {
          tags: ['after-filing'],
          summary: '新建变更、注销或取消接入订单（草稿）',
          body: afterFilingRequestSchema,
          response: { 201: one },
        },
      },
      async (request, reply) =>
        reply.status(201).send({
          order: await createAfterFilingOrder(deps, requireActor(request, ['applicant']), request.body),
        }),
    );
    app.put(
      '/after-filing/orders/:orderId',
      {
        schema: {
          tags: ['after-filing'],
          summary: '修改变更、注销或取消接入订单（草稿或被驳回时）',
          params: orderParams,
          body: z.object({ version: z.number().int().positive(), request: afterFilingRequestSchema }),
          response: { 200: one },
        },
      },
      async (request) => ({
        order: await updateAfterFilingOrder(
          deps,
          requireActor(request, ['applicant']),
          request.params.orderId,
          request.body,
        ),
      }),
    );
  };
}
