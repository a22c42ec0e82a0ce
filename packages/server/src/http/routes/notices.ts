/** 站内信 (my in-site messages) and the embedded outbox (emails and SMS as they would have been sent). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.js';
import { listNotices, listNoticesQuery, noticeListSchema } from '../../usecases/notices/list-notices.js';
import { listOutbox, listOutboxQuery, outboxListSchema } from '../../usecases/notices/list-outbox.js';
import { noticeIdParams, noticeViewSchema } from '../../usecases/notices/notice-view.js';
import { readAllNotices, readNotice } from '../../usecases/notices/read-notice.js';
import { requireActor } from '../auth.js';

const tags = ['notices'];

export function noticeRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/notices',
      {
        schema: {
          tags,
          summary: '我的站内信（最新的在前）与未读数',
          querystring: listNoticesQuery,
          response: { 200: noticeListSchema },
        },
      },
      async (request) => listNotices(deps, requireActor(request), request.query),
    );

    app.post(
      '/notices/:noticeId/read',
      {
        schema: {
          tags,
          summary: '将一条站内信标为已读',
          params: noticeIdParams,
          response: { 200: z.object({ notice: noticeViewSchema }) },
        },
      },
      async (request) => ({
        notice: await readNotice(deps, requireActor(request), request.params.noticeId),
      }),
    );

    app.post(
      '/notices/read-all',
      {
        schema: {
          tags,
          summary: '将全部站内信标为已读',
          response: { 200: z.object({ updated: z.number() }) },
        },
      },
      async (request) => ({ updated: await readAllNotices(deps, requireActor(request)) }),
    );

    app.get(
      '/outbox',
      {
        schema: {
          tags,
          summary: '发件箱：内置模式下我的邮件和短信（按实际发送的样子；管理员可看全部）',
          querystring: listOutboxQuery,
          response: { 200: outboxListSchema },
        },
      },
      async (request) => listOutbox(deps, requireActor(request), request.query),
    );
  };
}
