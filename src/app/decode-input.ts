// Turns raw input bytes into text: refuses binary data, decodes invalid UTF-8 with replacement
// characters (and says so), strips a byte-order mark.
import { StorylineError } from '../core/errors.js';

export interface DecodedInput {
  text: string;
  warnings: string[];
}

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8', { fatal: false });

export function decodeInput(bytes: Uint8Array, label: string): DecodedInput {
  if (bytes.includes(0)) {
    throw new StorylineError('E_BINARY_INPUT', `${label}: looks like binary data (it contains NUL bytes); give a text, HTML or JSONL file`);
  }
  const warnings: string[] = [];
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
    text = lenient.decode(bytes);
    warnings.push(`${label}: invalid UTF-8; bad bytes were replaced with U+FFFD`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, warnings };
}

/** Text that arrived inside JSON can still carry NUL characters; refuse it the same way. */
export function checkText(text: string, label: string): void {
  if (text.includes('\u0000')) {
    throw new StorylineError('E_BINARY_INPUT', `${label}: text contains NUL characters (binary data?)`);
  }
}
