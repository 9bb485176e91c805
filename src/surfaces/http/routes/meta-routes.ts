// GET /openapi.json (the API described by its own route table) and GET /health.
import { z } from 'zod';
import { openApiDocument } from '../openapi.js';
import { defineRoute, type AnyRoute } from '../route.js';
import type { ServerContext } from '../server-context.js';

export const metaRoutes = (ctx: ServerContext, all: () => AnyRoute[]): AnyRoute[] => {
  let doc: unknown;
  return [
    defineRoute({
      method: 'GET',
      url: '/openapi.json',
      tag: 'meta',
      summary: 'This API as an OpenAPI 3.1 document',
      response: z.record(z.string(), z.unknown()),
      handler: () => (doc ??= openApiDocument(all(), ctx.version)),
    }),
    defineRoute({
      method: 'GET',
      url: '/health',
      tag: 'meta',
      summary: 'Liveness, version and the kind of corpus store attached (sqlite, postgres or null)',
      response: z.object({ ok: z.literal(true), version: z.string(), store: z.string().nullable() }),
      handler: () => ({ ok: true as const, version: ctx.version, store: ctx.store?.kind ?? null }),
    }),
  ];
};
