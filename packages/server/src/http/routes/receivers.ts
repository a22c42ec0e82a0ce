/** 消息接收人 (seed 004 §3): list, add, edit, remove, resend the link, and the emailed confirmation link. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.js';
import { addReceiver, addReceiverInput } from '../../usecases/receivers/add-receiver.js';
import {
  confirmReceiver,
  confirmReceiverQuery,
  confirmReceiverResultSchema,
} from '../../usecases/receivers/confirm-receiver.js';
import { listReceivers } from '../../usecases/receivers/list-receivers.js';
import {
  MAX_RECEIVERS,
  receiverIdParams,
  receiverViewSchema,
} from '../../usecases/receivers/receiver-view.js';
import { removeReceiver } from '../../usecases/receivers/remove-receiver.js';
import { resendConfirmation } from '../../usecases/receivers/resend-confirmation.js';
import { updateReceiver, updateReceiverInput } from '../../usecases/receivers/update-receiver.js';
import { requireActor } from '../auth.js';

const one = z.object({ receiver: receiverViewSchema });
const tags = ['receivers'];

export function receiverRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/receivers',
      {
        schema: {
          tags,
          summary: `我的备案消息接收人（最多${MAX_RECEIVERS}个，验证邮箱后才接收通知）`,
          response: { 200: z.object({ receivers: z.array(receiverViewSchema), max: z.number() }) },
        },
      },
      async (request) => ({
        receivers: await listReceivers(deps, requireActor(request)),
        max: MAX_RECEIVERS,
      }),
    );

    app.post(
      '/receivers',
      {
        schema: {
          tags,
          summary: '新增消息接收人（向其邮箱发送验证链接）',
          body: addReceiverInput,
          response: { 201: one },
        },
        config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        const receiver = await addReceiver(deps, requireActor(request), request.body);
        return reply.status(201).send({ receiver });
      },
    );

    app.get(
      '/receivers/confirm',
      {
        schema: {
          tags,
          summary: '验证消息接收人邮箱（邮件中的链接，24小时内有效，只能使用一次）',
          querystring: confirmReceiverQuery,
          response: { 200: confirmReceiverResultSchema },
        },
        config: { public: true, rateLimit: { max: 30, timeWindow: '1 minute' } },
      },
      async (request) => confirmReceiver(deps, request.query.token),
    );

    app.patch(
      '/receivers/:receiverId',
      {
        schema: {
          tags,
          summary: '修改消息接收人（修改邮箱后须重新验证）',
          params: receiverIdParams,
          body: updateReceiverInput,
          response: { 200: one },
        },
        config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      },
      async (request) => ({
        receiver: await updateReceiver(deps, requireActor(request), request.params.receiverId, request.body),
      }),
    );

    app.delete(
      '/receivers/:receiverId',
      {
        schema: { tags, summary: '删除消息接收人', params: receiverIdParams, response: { 204: z.null() } },
      },
      async (request, reply) => {
        await removeReceiver(deps, requireActor(request), request.params.receiverId);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/receivers/:receiverId/resend-confirmation',
      {
        schema: {
          tags,
          summary: '重新发送验证邮件（原链接失效）',
          params: receiverIdParams,
          response: { 200: one },
        },
        config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
      },
      async (request) => ({
        receiver: await resendConfirmation(deps, requireActor(request), request.params.receiverId),
      }),
    );
  };
}
