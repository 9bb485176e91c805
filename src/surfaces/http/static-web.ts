// Serves the built web app (dist/web, from `npm run build:web`) at `/`. Without a build the API still
// works and `/` says how to build the UI.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Repository root: src/surfaces/http and dist/surfaces/http sit at the same depth. */
export const defaultWebRoot = (): string => join(fileURLToPath(new URL('../../../', import.meta.url)), 'dist', 'web');

export async function registerWeb(app: FastifyInstance, webRoot: string | null): Promise<void> {
  if (webRoot && existsSync(join(webRoot, 'index.html'))) {
    // wildcard: false registers one route per built file, so unknown paths still get the JSON 404.
    await app.register(fastifyStatic, { root: webRoot, prefix: '/', wildcard: false, index: ['index.html'] });
    return;
  }
  app.get('/', async (_request, reply) =>
    reply.type('text/plain; charset=utf-8').send('Storyline API is running; the web UI is not built (run `npm run build:web`). API: /openapi.json\n'),
  );
}
