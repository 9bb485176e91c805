// The HTTP server: fastify with pino logs, JSON errors, token-guarded write routes, body limits,
// security headers, a Host/Origin allow-list, the route table (which also generates /openapi.json) and the built web UI.
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { requireToken } from './auth.js';
import { addHostCheck } from './host-check.js';
import { errorHandler, notFoundHandler } from './http-error.js';
import { parseInput, type AnyRoute } from './route.js';
import { articlesRoutes } from './routes/articles-routes.js';
import { entitiesRoutes } from './routes/entities-routes.js';
import { exportRoute } from './routes/export-route.js';
import { extractRoute } from './routes/extract-route.js';
import { metaRoutes } from './routes/meta-routes.js';
import { quotesRoute } from './routes/quotes-route.js';
import { storiesRoutes } from './routes/stories-routes.js';
import { addSecurityHeaders } from './security-headers.js';
import type { ServerContext } from './server-context.js';
import { registerWeb } from './static-web.js';

export interface ServerOptions {
  context: ServerContext;
  /** Write routes need `Authorization: Bearer <token>` when set. */
  token?: string;
  /** Largest accepted request body in bytes (default 4 MiB). */
  bodyLimit?: number;
  /** Pino logger options, or false for none (tests). */
  logger?: FastifyServerOptions['logger'];
  /** Folder of the built web app; null serves the API only. */
  webRoot: string | null;
  /**
   * Host names answered besides the loopback ones (Host and Origin headers; DNS rebinding). Default []:
   * loopback only. null answers any host: for a server bound beyond loopback, where a token guards writes.
   */
  allowedHosts?: readonly string[] | null;
}

export const DEFAULT_BODY_LIMIT = 4 * 1024 * 1024;

export function apiRoutes(ctx: ServerContext): AnyRoute[] {
  const routes: AnyRoute[] = [];
  routes.push(
    ...metaRoutes(ctx, () => routes),
    extractRoute(ctx),
    ...articlesRoutes(ctx),
    quotesRoute(ctx),
    ...entitiesRoutes(ctx),
    ...storiesRoutes(ctx),
    exportRoute(ctx),
  );
  return routes;
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    // Request ids in logs; never trust forwarded headers from unknown proxies.
    trustProxy: false,
    return503OnClosing: true,
    // A client must send its whole request within this time (slow-drip clients cannot hold sockets).
    requestTimeout: 120_000,
  });
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);
  addSecurityHeaders(app);
  addHostCheck(app, options.allowedHosts === undefined ? [] : options.allowedHosts);
  for (const route of apiRoutes(options.context)) {
    app.route({
      method: route.method,
      url: route.url,
      // The token is checked before the body is read, so strangers cannot make the server parse megabytes.
      onRequest: route.write ? async (request) => requireToken(request, options.token) : undefined,
      handler: async (request, reply) => {
        const input = {
          params: parseInput(route.params, request.params, 'path'),
          query: parseInput(route.query, request.query, 'query'),
          body: parseInput(route.body, request.body, 'body'),
        };
        const result = await route.handler(input, request, reply);
        if (route.produces && !reply.hasHeader('content-type')) void reply.type(route.produces);
        return result;
      },
    });
  }
  await registerWeb(app, options.webRoot);
  return app;
}
