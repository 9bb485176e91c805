// One HTTP route as data: method, path, zod schemas for path/query/body and the response, and a
// handler. The server registers these with fastify (validating input with zod) and the OpenAPI
// document is generated from the same objects, so the docs cannot drift from what is enforced.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { HttpError } from './http-error.js';

export const NoInput = z.object({});
type Schema = z.ZodType;

export interface RouteInput<P extends Schema, Q extends Schema, B extends Schema> {
  params: z.output<P>;
  query: z.output<Q>;
  body: z.output<B>;
}

export interface Route<P extends Schema = typeof NoInput, Q extends Schema = typeof NoInput, B extends Schema = typeof NoInput> {
  method: 'GET' | 'POST';
  /** Fastify path syntax: `/articles/:id`. */
  url: string;
  tag: string;
  summary: string;
  description?: string;
  /** Changes stored data or costs real work: needs the token when one is required. */
  write?: boolean;
  params?: P;
  query?: Q;
  body?: B;
  /** The 200 response (shared schemas such as the record become component references). */
  response: Schema;
  /** Response media type when not JSON (exports). */
  produces?: string;
  handler(input: RouteInput<P, Q, B>, request: FastifyRequest, reply: FastifyReply): unknown;
}

export type AnyRoute = Route<Schema, Schema, Schema>;

/** Identity with inference: lets each route file get typed inputs from its own schemas. */
export function defineRoute<P extends Schema = typeof NoInput, Q extends Schema = typeof NoInput, B extends Schema = typeof NoInput>(
  route: Route<P, Q, B>,
): AnyRoute {
  return route as unknown as AnyRoute;
}

/** Validates one part of a request; the message names every bad field (`query.limit: ...`). */
export function parseInput<S extends Schema>(schema: S | undefined, value: unknown, where: 'path' | 'query' | 'body'): z.output<S> {
  if (!schema) return {} as z.output<S>;
  const result = schema.safeParse(value ?? (where === 'body' ? undefined : {}));
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: [where, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  throw new HttpError(400, 'E_VALIDATION', issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues);
}
