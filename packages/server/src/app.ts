/**
 * The HTTP application: Fastify with zod schemas, OpenAPI 3.1 at /api/v1/openapi.json and a docs page at
 * /api/v1/docs, one error shape, rate limits. Routes stay thin: parse, call a use case, shape the reply.
 */
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from './deps.js';
import { installAuth } from './http/auth.js';
import { installErrorHandler } from './http/error-handler.js';
import './jobs/handlers.js';
import { adminRoutes } from './http/routes/admin.js';
import { authRoutes } from './http/routes/auth.js';
import { calendarRoutes } from './http/routes/calendar.js';
import { bureauRoutes } from './http/routes/bureau.js';
import { filingRoutes } from './http/routes/filings.js';
import { afterFilingRoutes } from './http/routes/after-filing.js';
import { materialRoutes } from './http/routes/materials.js';
import { filingTypeRoutes } from './http/routes/filing-type.js';
import { noticeRoutes } from './http/routes/notices.js';
import { orderRoutes } from './http/routes/orders.js';
import { precheckRoutes } from './http/routes/precheck.js';
import { readinessRoutes } from './http/routes/readiness.js';
import { receiverRoutes } from './http/routes/receivers.js';
import { serverRoutes } from './http/routes/servers.js';
import { siteCheckRoutes } from './http/routes/site-checks.js';
import { verificationRoutes } from './http/routes/verification.js';
import { whoisRoutes } from './http/routes/whois.js';

z.config(z.locales.zhCN());

/** The built web app (packages/web/dist), from src/ under tsx and from dist/ alike. */
const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export async function buildApp(deps: Deps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.config.logLevel === 'silent' ? false : { level: deps.config.logLevel },
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  await app.register(cookie);
  installAuth(app, deps);
  if (deps.config.rateLimits) await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Beian API', version: '0.1.0', description: 'Beian（备案）ICP 备案平台接口' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'beian_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/v1/docs' });

  await app.register(
    async (api) => {
      api.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () =>
        app.swagger(),
      );
      api.get(
        '/health',
        { config: { public: true }, schema: { tags: ['system'], summary: '健康检查' } },
        async () => {
          await deps.db.query('SELECT 1');
          return { ok: true, database: deps.db.kind };
        },
      );
      await api.register(precheckRoutes);
      await api.register(authRoutes(deps));
      await api.register(materialRoutes(deps));
      await api.register(filingTypeRoutes(deps));
      await api.register(receiverRoutes(deps));
      await api.register(orderRoutes(deps));
      await api.register(serverRoutes(deps));
      await api.register(adminRoutes(deps));
      await api.register(noticeRoutes(deps));
      await api.register(calendarRoutes(deps));
      await api.register(bureauRoutes(deps));
      await api.register(filingRoutes(deps));
      await api.register(siteCheckRoutes(deps));
      await api.register(afterFilingRoutes(deps));
      await api.register(verificationRoutes(deps));
      await api.register(whoisRoutes(deps));
      await api.register(readinessRoutes(deps));
    },
    { prefix: '/api/v1' },
  );
  // The web app at /: its files (hashed assets cached for good), and index.html for every other path that is
  // neither the API nor a missing asset (a stale chunk after an update is a 404, not a page).
  if (existsSync(`${WEB_DIST}index.html`)) {
    await app.register(fastifyStatic, {
      root: WEB_DIST,
      wildcard: false,
      index: false,
      setHeaders: (reply, path) => {
        void reply.header(
          'cache-control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
    app.get('/*', { schema: { hide: true }, config: { public: true } }, (request, reply) =>
      request.url.startsWith('/api/') || request.url.startsWith('/assets/')
        ? reply.callNotFound()
        : reply.header('cache-control', 'no-cache').sendFile('index.html'),
    );
  }
  return app;
}
