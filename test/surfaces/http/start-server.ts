// Starts the real HTTP server on 127.0.0.1, port 0, and gives its base URL; tests talk to it with fetch.
import type { FastifyInstance } from 'fastify';
import { buildServer, type ServerOptions } from '../../../src/surfaces/http/server.js';
import { createContext } from '../../../src/surfaces/http/context.js';

export interface Running {
  app: FastifyInstance;
  base: string;
  close(): Promise<void>;
}

export async function startServer(options: Partial<ServerOptions> = {}): Promise<Running> {
  const app = await buildServer({ context: createContext(), webRoot: null, ...options });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return { app, base: `http://127.0.0.1:${address.port}`, close: () => app.close() };
}

export async function json(response: Response): Promise<unknown> {
  return JSON.parse(await response.text()) as unknown;
}
