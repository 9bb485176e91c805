// When to poll a failing feed again: exponential backoff from 10 minutes, doubling per consecutive
// failure, capped at a day, so a dead feed costs one request a day rather than one per poll.

export const BACKOFF_BASE_MS = 10 * 60 * 1000;
export const BACKOFF_MAX_MS = 24 * 60 * 60 * 1000;

export function backoffMs(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.min(failures - 1, 20));
}

export function nextPollAfterFailure(now: Date, failures: number): string {
  return new Date(now.getTime() + backoffMs(failures)).toISOString();
}
