// The StorylineError code a call fails with, for tests that check which error came, not only that one
// did. Anything else thrown is named as such, so a wrong kind of error fails the test visibly.
import { StorylineError } from '../../src/core/errors.js';

const codeOfError = (err: unknown): string => (err instanceof StorylineError ? err.code : `not a StorylineError: ${String(err)}`);

/** The code `fn` throws, or undefined when it returns. */
export function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return codeOfError(err);
  }
  return undefined;
}

/** The code `promise` rejects with, or 'ok' when it resolves. */
export async function codeOfAsync(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (err) {
    return codeOfError(err);
  }
}
