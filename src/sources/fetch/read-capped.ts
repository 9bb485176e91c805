// Reads a byte stream into memory under a size cap, decompressing gzip, deflate or brotli on the way
// when asked. The cap counts decompressed bytes, so a small gzip bomb (1 MB that inflates to 1 GB) is
// stopped as soon as it passes the cap, with the stream destroyed rather than drained.
import type { Readable, Transform } from 'node:stream';
import { createBrotliDecompress, createUnzip } from 'node:zlib';
import { StorylineError } from '../../core/errors.js';

export type ContentEncoding = 'identity' | 'gzip' | 'deflate' | 'br';

/** Maps a Content-Encoding header to a decoder name; null for one we cannot decode. */
export function contentEncoding(header: string | undefined): ContentEncoding | null {
  const value = (header ?? '').trim().toLowerCase();
  if (value === '' || value === 'identity') return 'identity';
  if (value === 'gzip' || value === 'x-gzip') return 'gzip';
  if (value === 'deflate') return 'deflate';
  if (value === 'br') return 'br';
  return null;
}

function decoder(encoding: ContentEncoding): Transform | null {
  // createUnzip accepts both gzip and zlib-wrapped deflate (what servers send as "deflate").
  if (encoding === 'gzip' || encoding === 'deflate') return createUnzip();
  if (encoding === 'br') return createBrotliDecompress();
  return null;
}

export interface CapOptions {
  maxBytes: number;
  encoding?: ContentEncoding;
  /** Names the input in error messages. */
  label: string;
}

export function tooLarge(label: string, maxBytes: number, what = 'content'): StorylineError {
  return new StorylineError('E_FETCH_TOO_LARGE', `${label}: ${what} is larger than the ${formatBytes(maxBytes)} cap`);
}

export function formatBytes(n: number): string {
  return n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(n % (1 << 20) ? 1 : 0)} MB` : `${n} bytes`;
}

export function readCapped(source: Readable, options: CapOptions): Promise<Buffer> {
  const { maxBytes, label } = options;
  const unzip = decoder(options.encoding ?? 'identity');
  const stream: Readable = unzip ? source.pipe(unzip) : source;
  return new Promise<Buffer>((resolve, reject) => {
    const parts: Buffer[] = [];
    let size = 0;
    let settled = false;
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      source.destroy();
      unzip?.destroy();
      reject(err);
    };
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) return fail(tooLarge(label, maxBytes, unzip ? 'decompressed content' : 'content'));
      parts.push(chunk);
    });
    stream.on('end', () => {
      if (settled) return;
      settled = true;
      resolve(Buffer.concat(parts, size));
    });
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (unzip && err.code?.startsWith('Z_')) {
        fail(new StorylineError('E_SOURCE_READ', `${label}: corrupt ${options.encoding} data (${err.message})`));
      } else fail(err);
    });
    if (unzip) source.on('error', fail);
  });
}
