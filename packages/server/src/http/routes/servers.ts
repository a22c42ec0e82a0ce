/**
 * /api/v1: the server-type catalog, servers (添加服务器 by an admin; 我的服务器 with eligibility and quota), 申请备案
 * 服务号, 备案授权码, and 产品验证 of a number or code. Another account's server is NOT_FOUND.
 */
import { SERVER_TYPE_CODES, SERVER_TYPES } from '@beian/core';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AccountRole } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { applyServiceNumber, serverIdParams } from '../../usecases/servers/apply-service-number.js';
import { generateAuthorizationCode } from '../../usecases/servers/generate-authorization-code.js';
import { listMyServers } from '../../usecases/servers/list-servers.js';
import { accessViewSchema, listMyServiceNumbers } from '../../usecases/servers/list-service-numbers.js';
import { registerServer, registerServerInput } from '../../usecases/servers/register-server.js';
import { serverViewSchema } from '../../usecases/servers/server-view.js';
import { verifyAccess, verifyAccessInput, verifyAccessResult } from '../../usecases/servers/verify-access.js';
import { requireActor } from '../auth.js';

const serverTypeSchema = z.object({
  code: z.string(),
  zh: z.string(),
  en: z.string(),
  mainlandRequired: z.boolean(),
  prepaidRequired: z.boolean(),
  minPrepaidMonths: z.number().optional(),
  minRemainingMonths: z.number().optional(),
  publicBandwidthRequired: z.boolean(),
  minOrderAmountYuan: z.number().optional(),
  minFirstPurchaseMonths: z.number().optional(),
  quota: z.object({ size: z.number(), per: z.enum(['instance', 'account']) }),
  offline: z.object({ since: z.string(), eligible: z.literal(true), replacement: z.string() }).optional(),
  notes: z.array(z.string()).readonly(),
  citations: z.array(z.string()).readonly(),
});

const CATALOG = SERVER_TYPE_CODES.map((c) => SERVER_TYPES[c]);

/**
 * Authenticate (and authorise the role) before the body is validated (style.md 2): a caller who may not use the
 * endpoint gets 401/403, never a validation answer about a body it may not send.
 */
const signedIn = (roles?: readonly AccountRole[]) => ({
  onRequest: async (request: FastifyRequest) => {
    requireActor(request, roles);
  },
});

export function serverRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/server-types',
      {
        config: { public: true },
        schema: {
          tags: ['servers'],
          summary: '支持备案的服务器类型、购买要求与备案服务号数量',
          response: { 200: z.object({ serverTypes: z.array(serverTypeSchema).readonly() }) },
        },
      },
      async () => ({ serverTypes: CATALOG }),
    );

    app.post(
      '/admin/servers',
      {
        ...signedIn(['admin']),
        schema: {
          tags: ['servers', 'admin'],
          summary: '为申请人账号添加服务器（模拟购买，管理员）',
          body: registerServerInput,
          response: { 201: z.object({ server: serverViewSchema, ownerAccountId: z.string() }) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request, ['admin']);
        return reply.status(201).send(await registerServer(deps, actor, request.body));
      },
    );

    app.get(
      '/servers',
      {
        ...signedIn(),
        schema: {
          tags: ['servers'],
          summary: '我的服务器（是否满足备案要求及原因、备案服务号余量）',
          response: { 200: z.object({ servers: z.array(serverViewSchema) }) },
        },
      },
      async (request) => ({ servers: await listMyServers(deps, requireActor(request)) }),
    );

    app.post(
      '/servers/:id/service-numbers',
      {
        ...signedIn(),
        schema: {
          tags: ['servers'],
          summary: '申请备案服务号（仅服务器所在账号）',
          params: serverIdParams,
          response: {
            201: z.object({
              serviceNumber: z.string(),
              state: z.literal('bound'),
              server: serverViewSchema,
            }),
          },
        },
        config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      },
      async (request, reply) =>
        reply.status(201).send(await applyServiceNumber(deps, requireActor(request), request.params.id)),
    );

    app.get(
      '/service-numbers',
      {
        ...signedIn(),
        schema: {
          tags: ['servers'],
          summary: '我的备案服务号与备案授权码（已绑定、备案中、已备案、已作废）',
          response: {
            200: z.object({
              serviceNumbers: z.array(accessViewSchema),
              authorizationCodes: z.array(accessViewSchema),
            }),
          },
        },
      },
      async (request) => listMyServiceNumbers(deps, requireActor(request)),
    );

    app.post(
      '/servers/:id/authorization-codes',
      {
        ...signedIn(),
        schema: {
          tags: ['servers'],
          summary: '生成备案授权码（仅服务器所在账号；与备案服务号共用数量）',
          params: serverIdParams,
          response: {
            201: z.object({
              authorizationCode: z.string(),
              state: z.literal('bound'),
              server: serverViewSchema,
            }),
          },
        },
        config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await generateAuthorizationCode(deps, requireActor(request), request.params.id)),
    );

    app.post(
      '/service-numbers/verify',
      {
        ...signedIn(),
        schema: {
          tags: ['servers'],
          summary: '产品验证：校验备案服务号或备案授权码（存在、未使用、服务器满足备案要求）',
          body: verifyAccessInput,
          response: { 200: verifyAccessResult },
        },
        config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      },
      async (request) => {
        requireActor(request);
        return verifyAccess(deps, request.body);
      },
    );
  };
}
