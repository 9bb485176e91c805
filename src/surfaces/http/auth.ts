// Write access: when a token is configured (always the case when the server listens beyond the
// loopback interface), write routes need `Authorization: Bearer <token>`. Read routes stay open.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { StorylineError } from '../../core/errors.js';
import { HttpError } from './http-error.js';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost|::ffff:127\.\d+\.\d+\.\d+)$/i;

export const isLoopback = (host: string): boolean => LOOPBACK.test(host);

/** Refuses to start an open write API on a reachable address. */
export function checkBinding(host: string, token: string | undefined): void {
  if (!isLoopback(host) && !token) {
    throw new StorylineError(
      'E_BAD_OPTION',
      `listening on ${host} exposes write endpoints beyond this machine; give --token or set STORYLINE_TOKEN`,
    );
  }
}

// Hashing both sides first gives equal lengths, which timingSafeEqual requires.
const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

export function requireToken(request: FastifyRequest, token: string | undefined): void {
  if (!token) return;
  const header = request.headers.authorization ?? '';
  const given = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim() ?? '';
  if (!given || !timingSafeEqual(digest(given), digest(token))) {
    throw new HttpError(401, 'E_UNAUTHORIZED', 'this endpoint needs "Authorization: Bearer <token>" (the server\'s --token)');
  }
}
