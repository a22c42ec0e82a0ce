/** /api/v1/orders: the applicant's order (draft → submitted), the reviewer's initial review, the history. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.js';
import { abandonOrder, withdrawOrder } from '../../usecases/orders/applicant-decisions.js';
import { createOrder, createOrderInput } from '../../usecases/orders/create-order.js';
import { getOrder } from '../../usecases/orders/get-order.js';
import { orderHistory } from '../../usecases/orders/order-history.js';
import {
  approveInitialReview,
  listCalls,
  recordCall,
  recordCallInput,
  rejectInitialReview,
  rejectInput,
  rejectUnreachable,
} from '../../usecases/orders/initial-review.js';
import { listMyOrders, reviewQueue } from '../../usecases/orders/list-orders.js';
import { orderViewSchema } from '../../usecases/orders/order-view.js';
import { submitOrder } from '../../usecases/orders/submit-order.js';
import { updateOrder, updateOrderInput } from '../../usecases/orders/update-order.js';
import { loadOrderForActor } from '../../usecases/orders/access.js';
import { requireActor } from '../auth.js';

const params = z.object({ orderId: z.string().uuid('订单编号格式不正确') });
const one = z.object({ order: orderViewSchema });
const many = z.object({ orders: z.array(orderViewSchema) });
const versionBody = z.object({ version: z.number().int().positive().optional() }).nullish();

export function orderRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/orders',
      {
        schema: {
          tags: ['orders'],
          summary: '新建备案订单（草稿）',
          body: createOrderInput,
          response: { 201: one },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request, ['applicant']);
        return reply.status(201).send({ order: await createOrder(deps, actor, request.body) });
      },
    );
    app.get(
      '/orders',
      { schema: { tags: ['orders'], summary: '我的备案订单（号码已遮盖）', response: { 200: many } } },
      async (request) => ({
        orders: await listMyOrders(deps, requireActor(request, ['applicant'])),
      }),
    );
    app.get(
      '/orders/:orderId',
      {
        schema: {
          tags: ['orders'],
          summary: '查看备案订单（含驳回原因与可执行操作）',
          params,
          response: { 200: one },
        },
      },
      async (request) => ({ order: await getOrder(deps, requireActor(request), request.params.orderId) }),
    );
    app.put(
      '/orders/:orderId',
      {
        schema: {
          tags: ['orders'],
          summary: '保存备案订单（草稿或被驳回后修改）',
          params,
          body: updateOrderInput,
          response: { 200: one },
        },
      },
      async (request) => ({
        order: await updateOrder(
          deps,
          requireActor(request, ['applicant']),
          request.params.orderId,
          request.body,
        ),
      }),
    );
    app.post(
      '/orders/:orderId/submit',
      {
        schema: {
          tags: ['orders'],
          summary: '提交初审（预检须通过）',
          params,
          body: versionBody,
          response: { 200: one },
        },
      },
      async (request) => ({
        order: await submitOrder(
          deps,
          requireActor(request, ['applicant']),
          request.params.orderId,
          request.body?.version,
        ),
      }),
    );
    app.post(
      '/orders/:orderId/withdraw',
      { schema: { tags: ['orders'], summary: '撤回（初审结束前）', params, response: { 200: one } } },
      async (request) => ({
        order: await withdrawOrder(deps, requireActor(request, ['applicant']), request.params.orderId),
      }),
    );
    app.post(
      '/orders/:orderId/abandon',
      { schema: { tags: ['orders'], summary: '放弃备案', params, response: { 200: one } } },
      async (request) => ({
        order: await abandonOrder(deps, requireActor(request, ['applicant']), request.params.orderId),
      }),
    );
    app.get(
      '/orders/:orderId/history',
      {
        schema: {
          tags: ['orders'],
          summary: '订单进度（状态变更记录）',
          params,
          response: {
            200: z.object({
              events: z.array(
                z.object({
                  at: z.string(),
                  event: z.string(),
                  eventZh: z.string(),
                  fromState: z.string().nullable(),
                  toState: z.string(),
                  actorRole: z.string(),
                }),
              ),
            }),
          },
        },
      },
      async (request) => ({
        events: await orderHistory(deps, requireActor(request), request.params.orderId),
      }),
    );

    app.get(
      '/review/queue',
      { schema: { tags: ['review'], summary: '初审队列（按截止时间排序）', response: { 200: many } } },
      async (request) => ({
        orders: await reviewQueue(deps, requireActor(request, ['reviewer', 'admin'])),
      }),
    );
    const callsSchema = z.object({
      calls: z.array(
        z.object({ calledAt: z.string(), answered: z.boolean(), note: z.string(), reviewerId: z.string() }),
      ),
    });
    app.post(
      '/orders/:orderId/calls',
      {
        schema: {
          tags: ['review'],
          summary: '记录电话核实',
          params,
          body: recordCallInput,
          response: { 200: callsSchema },
        },
      },
      async (request) =>
        recordCall(deps, requireActor(request, ['reviewer']), request.params.orderId, request.body),
    );
    app.get(
      '/orders/:orderId/calls',
      { schema: { tags: ['review'], summary: '本轮电话核实记录', params, response: { 200: callsSchema } } },
      async (request) => {
        const actor = requireActor(request, ['reviewer', 'admin']);
        const order = await loadOrderForActor(deps.db, actor, request.params.orderId);
        return { calls: await listCalls(deps, order.id, Number(order.round)) };
      },
    );
    app.post(
      '/orders/:orderId/review/approve',
      { schema: { tags: ['review'], summary: '初审通过', params, response: { 200: one } } },
      async (request) => ({
        order: await approveInitialReview(deps, requireActor(request, ['reviewer']), request.params.orderId),
      }),
    );
    app.post(
      '/orders/:orderId/review/reject',
      {
        schema: {
          tags: ['review'],
          summary: '初审驳回（逐字段写明原因）',
          params,
          body: rejectInput,
          response: { 200: one },
        },
      },
      async (request) => ({
        order: await rejectInitialReview(
          deps,
          requireActor(request, ['reviewer']),
          request.params.orderId,
          request.body,
        ),
      }),
    );
    app.post(
      '/orders/:orderId/review/reject-unreachable',
      { schema: { tags: ['review'], summary: '两次致电未接通，驳回', params, response: { 200: one } } },
      async (request) => ({
        order: await rejectUnreachable(deps, requireActor(request, ['reviewer']), request.params.orderId),
      }),
    );
  };
}
