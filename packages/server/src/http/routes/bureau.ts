/**
 * The simulated bureaus' console (管局操作员): GET /api/v1/bureau/orders (管局审核中, by province), one order,
 * approve, reject with reasons per field. And the applicant's 短信核验: POST /api/v1/orders/:orderId/sms-verification.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.js';
import { approveFiling } from '../../usecases/bureau/approve-filing.js';
import { bureauOrderViewSchema } from '../../usecases/bureau/bureau-order-view.js';
import { getBureauOrder } from '../../usecases/bureau/get-bureau-order.js';
import { listBureauOrders, listBureauOrdersQuery } from '../../usecases/bureau/list-bureau-orders.js';
import { bureauRejectInput, rejectFiling } from '../../usecases/bureau/reject-filing.js';
import { verifySms, verifySmsInput } from '../../usecases/bureau/verify-sms.js';
import { orderViewSchema } from '../../usecases/orders/order-view.js';
import { requireActor } from '../auth.js';

const params = z.object({ orderId: z.string().uuid('订单编号格式不正确') });
const one = z.object({ order: bureauOrderViewSchema });

export function bureauRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/bureau/orders',
      {
        schema: {
          tags: ['bureau'],
          summary: '管局审核队列（按省份，号码已遮盖）',
          querystring: listBureauOrdersQuery,
          response: { 200: z.object({ orders: z.array(bureauOrderViewSchema) }) },
        },
      },
      async (request) => ({
        orders: await listBureauOrders(deps, requireActor(request, ['bureau_operator']), request.query),
      }),
    );
    app.get(
      '/bureau/orders/:orderId',
      {
        schema: {
          tags: ['bureau'],
          summary: '管局查看备案申请（证件号码可见，手机号码遮盖）',
          params,
          response: { 200: one },
        },
      },
      async (request) => ({
        order: await getBureauOrder(deps, requireActor(request, ['bureau_operator']), request.params.orderId),
      }),
    );
    app.post(
      '/bureau/orders/:orderId/approve',
      {
        schema: {
          tags: ['bureau'],
          summary: '管局审核通过（核发ICP备案号）',
          params,
          response: { 200: one },
        },
      },
      async (request) => ({
        order: await approveFiling(deps, requireActor(request, ['bureau_operator']), request.params.orderId),
      }),
    );
    app.post(
      '/bureau/orders/:orderId/reject',
      {
        schema: {
          tags: ['bureau'],
          summary: '管局驳回（逐字段写明原因）',
          params,
          body: bureauRejectInput,
          response: { 200: one },
        },
      },
      async (request) => ({
        order: await rejectFiling(
          deps,
          requireActor(request, ['bureau_operator']),
          request.params.orderId,
          request.body,
        ),
      }),
    );
    app.post(
      '/orders/:orderId/sms-verification',
      {
        schema: {
          tags: ['orders'],
          summary: '短信核验（验证码、手机号码、证件号码后6位）',
          description:
            '每个收到验证码的手机号码各核验一次；全部完成后订单进入管局审核。连续输错5次或48小时内未完成，订单退回。',
          params,
          body: verifySmsInput,
          response: {
            200: z.object({ complete: z.boolean(), pending: z.array(z.string()), order: orderViewSchema }),
          },
        },
        config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      },
      async (request) =>
        verifySms(deps, requireActor(request, ['applicant']), request.params.orderId, request.body),
    );
  };
}
