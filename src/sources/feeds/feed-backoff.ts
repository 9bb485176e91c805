// When to poll a failing feed again: exponential backoff from 10 minutes, doubling per consecutive
// failure, capped at a day, so a dead feed costs one request a day rather than one per poll. A
// server's Retry-After (429, 503) is honoured when it asks for longer, up to a week.

export const BACKOFF_BASE_MS = 10 * 60 * 1000;
export const BACKOFF_MAX_MS = 24 * 60 * 60 * 1000;

export function backoffMs(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.min(failures - 1, 20));
}

const RETRY_AFTER_MAX_MS = 7 * 24 * 60 * 60 * 1000;

export function nextPollAfterFailure(now: Date, failures: number, retryAfterMs: number | null = null): string {
  const wait = Math.max(backoffMs(failures), Math.min(retryAfterMs ?? 0, RETRY_AFTER_MAX_MS));
  return new Date(now.getTime() + wait).toISOString();
}
