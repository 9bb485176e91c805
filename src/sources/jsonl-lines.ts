// Reads a JSONL byte stream as numbered lines under a length cap. A line longer than the cap is not
// held: its bytes are dropped as they arrive, the reader resynchronises at the next newline and
// yields the line as too long, so one giant line costs no memory and the lines after it still come.
// (node:readline builds each line as one string: a 1 GB line ends the whole batch in
// "RangeError: Invalid string length".) Lines end at LF; a CR before it is dropped (CRLF files).
import type { Readable } from 'node:stream';
import { formatBytes } from './fetch/read-capped.js';

/** Longest JSONL line read, in bytes: the same cap as one file or page (`ingest`'s 50 MB). */
export const MAX_LINE_BYTES = 50 * 1024 * 1024;

export type JsonlLine = { lineNo: number; text: string } | { lineNo: number; tooLong: number };

const LF = 0x0a;
const CR = 0x0d;

export function lineTooLongMessage(bytes: number, maxBytes: number): string {
  return `line is longer than the ${formatBytes(maxBytes)} cap (${formatBytes(bytes)}); skipped to the next line`;
}

/** Numbered lines of `input`, UTF-8 decoded; blank lines are counted but not yielded. */
export async function* jsonlLines(input: Readable | AsyncIterable<Buffer | string>, maxBytes = MAX_LINE_BYTES): AsyncGenerator<JsonlLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false;
  let lineNo = 0;
  function* finish(): Generator<JsonlLine> {
    lineNo++;
    if (skipping) {
      yield { lineNo, tooLong: size };
    } else {
      // A UTF-8 multi-byte sequence never contains 0x0a, so a line's bytes decode on their own.
      let bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
      if (bytes.length > 0 && bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, bytes.length - 1);
      const text = bytes.toString('utf8');
      if (text.trim() !== '') yield { lineNo, text };
    }
    parts = [];
    size = 0;
    skipping = false;
  }
  for await (const chunk of input) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let from = 0;
    while (from < buf.length) {
      const nl = buf.indexOf(LF, from);
      const end = nl === -1 ? buf.length : nl;
      size += end - from;
      if (!skipping && size > maxBytes) {
        skipping = true;
        parts = [];
      }
      if (!skipping && end > from) parts.push(buf.subarray(from, end));
      if (nl === -1) break;
      yield* finish();
      from = nl + 1;
    }
  }
  if (size > 0 || skipping) yield* finish();
}
