// A span is a half-open range of UTF-16 code units in the original input text: text.slice(start, end).
import { z } from 'zod';

export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .describe('Half-open UTF-16 code-unit range into the input text');

export type Span = z.infer<typeof SpanSchema>;

export const span = (start: number, end: number): Span => ({ start, end });

export const spanText = (text: string, s: Span): string => text.slice(s.start, s.end);

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export const contains = (outer: Span, inner: Span): boolean =>
  outer.start <= inner.start && inner.end <= outer.end;

/** Shrinks a span so that it neither starts nor ends with whitespace. */
export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
