// The sentence around a span, found from the text alone (records keep sentence counts, not spans):
// back to the previous sentence end (". ", "? ", "! " or a line break) and on to the next one.
// Good enough for picking a date phrase near a quote and for a timeline snippet; it can split at
// abbreviations ("Sen. Cruz"), which only shortens the snippet.
import type { Span } from '../../core/span.js';

const MAX_CHARS = 400;

/** A sentence starts at s: right after a line break, or after end punctuation and a space. */
function startsSentence(text: string, s: number): boolean {
  return text[s - 1] === '\n' || (s >= 2 && /[.!?]/.test(text[s - 2]) && /\s/.test(text[s - 1]));
}

export function sentenceAround(text: string, start: number, end: number): Span {
  let s = start;
  while (s > 0 && start - s < MAX_CHARS && !startsSentence(text, s)) s--;
  let e = end;
  while (e < text.length && e - end < MAX_CHARS && !/^[.!?](?:\s|$)|^\n/.test(text.slice(e, e + 2))) e++;
  if (e < text.length && text[e] !== '\n') e++;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}
