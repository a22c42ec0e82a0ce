/** 域名注册信息 (the WHOIS simulator): an admin views, enters and removes a domain's facts. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.js';
import {
  deleteWhoisFacts,
  saveWhoisFacts,
  whoisDomainParams,
  whoisDomainQuery,
  whoisFacts,
  whoisFactsInput,
  whoisRecordSchema,
} from '../../usecases/whois/whois-facts.js';
import { requireActor } from '../auth.js';

const tags = ['whois'];

export function whoisRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/admin/whois',
      {
        schema: {
          tags,
          summary: '查看域名的注册信息：注册商、实名认证、持有者、到期日期、隐私保护（管理员）',
          querystring: whoisDomainQuery,
          response: { 200: whoisRecordSchema },
        },
      },
      async (request) => whoisFacts(deps, requireActor(request, ['admin']), request.query.domain),
    );

    app.put(
      '/admin/whois/:domain',
      {
        schema: {
          tags,
          summary: '录入或替换域名的注册信息（管理员；立即用于订单的预检）',
          params: whoisDomainParams,
          body: whoisFactsInput,
          response: { 200: whoisRecordSchema },
        },
      },
      async (request) =>
        saveWhoisFacts(deps, requireActor(request, ['admin']), request.params.domain, request.body),
    );

    app.delete(
      '/admin/whois/:domain',
      {
        schema: {
          tags,
          summary: '删除域名的注册信息（管理员；此后预检提示缺少域名信息）',
          params: whoisDomainParams,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await deleteWhoisFacts(deps, requireActor(request, ['admin']), request.params.domain);
        return reply.status(204).send(null);
      },
    );
  };
}
