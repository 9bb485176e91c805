// One line of a JSONL input as an object, or a StorylineError that says what is wrong with it.
import { StorylineError } from '../core/errors.js';

/** `shape` completes "a line must be a JSON object with ..." in the error message. */
export function jsonObjectLine(line: string, shape: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    throw new StorylineError('E_BAD_JSON', `invalid JSON (${(err as Error).message})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new StorylineError('E_BAD_JSON', `a line must be a JSON object with ${shape}`);
  }
  return value as Record<string, unknown>;
}
