// Errors as the HTTP API reports them: a status, a stable code and a message a client can act on.
// Every failure leaves the server as `{ "error": { "code", "message", "details"? } }`; stack traces and
// internal messages stay in the server log.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { StorylineError } from '../../core/errors.js';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: z.string().describe('Stable error code, e.g. E_VALIDATION, E_UNAUTHORIZED, E_NOT_FOUND'),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .describe('Every 4xx/5xx response has this body');

// Storyline errors are about the input a client gave; the few that are not say so here.
const STORYLINE_STATUS: Record<string, number> = {
  E_INPUT_NOT_FOUND: 404,
  E_NOT_FOUND: 404,
  E_PIPELINE: 500,
  // Fetching a URL for /extract: the remote side failed, not the client's request.
  E_FETCH_TIMEOUT: 504,
  E_FETCH_HTTP: 502,
  E_FETCH_NETWORK: 502,
  E_FETCH_REDIRECTS: 502,
  E_FETCH_TOO_LARGE: 502,
  E_FETCH_NOT_TEXT: 415,
  E_FETCH_PRIVATE_ADDRESS: 403,
};

// Fastify's own errors (body parsing, limits, media types) keep their status; these get our codes.
const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'E_BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'E_UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'E_BAD_REQUEST',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'E_BAD_JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: 'E_BAD_JSON',
};

export function toHttpError(err: unknown): HttpError {
  if (err instanceof HttpError) return err;
  if (err instanceof StorylineError) return new HttpError(STORYLINE_STATUS[err.code] ?? 400, err.code, err.message);
  const fe = err as Partial<FastifyError>;
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    // JSON syntax errors from the body parser come without a fastify code.
    const code = (fe.code && FASTIFY_CODES[fe.code]) ?? (err instanceof SyntaxError ? 'E_BAD_JSON' : 'E_BAD_REQUEST');
    return new HttpError(fe.statusCode, code, fe.message ?? 'bad request');
  }
  return new HttpError(500, 'E_INTERNAL', 'internal error; the server log has the details');
}

export function errorHandler(err: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const http = toHttpError(err);
  if (http.status >= 500) request.log.error({ err }, 'request failed');
  else request.log.info({ code: http.code, status: http.status }, http.message);
  const error: Record<string, unknown> = { code: http.code, message: http.message };
  if (http.details !== undefined) error.details = http.details;
  void reply.status(http.status).type('application/json; charset=utf-8').send({ error });
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply): void {
  void reply
    .status(404)
    .send({ error: { code: 'E_NOT_FOUND', message: `no route for ${request.method} ${request.url.split('?')[0]}; see /openapi.json` } });
}
