// Streams the HTML (and plain-text) pages out of a WARC file, gzipped or not, with warcio: one
// `response` or `resource` record at a time. Requests, metadata, revisits, non-2xx responses and
// other media are passed over; a page past the size cap, or a broken record, is a per-item failure.
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { WARCParser, type WARCRecord } from 'warcio';
import { StorylineError } from '../core/errors.js';
import { tooLarge } from './fetch/read-capped.js';
import { bytesToItem } from './file-source.js';
import { failure, type SourceEntry } from './source-item.js';

export async function* readWarc(path: string, maxBytes: number): AsyncGenerator<SourceEntry> {
  const stem = basename(path).replace(/\.warc(\.gz)?$/i, '');
  const parser = new WARCParser(createReadStream(path));
  let n = 0;
  try {
    for await (const record of parser) {
      n++;
      const location = `${path}#${n}`;
      const id = `${stem}-${n}`;
      // Every WARC record states its length; without one the header itself is broken or cut off.
      if (!/^\d+$/.test(record.warcHeaders.headers.get('Content-Length') ?? '')) {
        yield failure(location, id, new StorylineError('E_WARC', `${location}: the record has no Content-Length (a broken record, or the file ends inside its header)`));
        return;
      }
      const page = pageKind(record);
      if (!page) {
        // Skipped records are drained here rather than by warcio's skipFully, which loops forever
        // when the file ends inside the record.
        if (!(await drain(record))) {
          yield failure(location, id, cutShort(location, record));
          return;
        }
        continue;
      }
      try {
        const bytes = await readPayload(record, maxBytes, location);
        yield bytesToItem(bytes, { kind: page.kind, from: 'warc', id, location, url: record.warcTargetURI ?? null, published: null, contentType: page.contentType });
      } catch (err) {
        yield failure(location, id, err);
        if (err instanceof StorylineError && err.code === 'E_WARC') return;
      }
    }
  } catch (err) {
    // A broken archive: what was read so far stands; the rest of the file cannot be trusted.
    yield failure(`${path}#${n + 1}`, null, new StorylineError('E_WARC', `${path}: cannot read WARC record ${n + 1} (${(err as Error).message})`));
  }
}

function pageKind(record: WARCRecord): { kind: 'html' | 'text'; contentType: string | null } | null {
  let contentType: string | null;
  if (record.warcType === 'response') {
    const status = Number(record.httpHeaders?.statusCode ?? 0);
    if (status < 200 || status > 299) return null;
    contentType = record.httpHeaders?.headers.get('content-type') ?? null;
  } else if (record.warcType === 'resource') {
    contentType = record.warcContentType ?? null;
  } else return null;
  const mime = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (mime === 'text/html' || mime === 'application/xhtml+xml') return { kind: 'html', contentType };
  if (mime === 'text/plain') return { kind: 'text', contentType };
  return null;
}

/** The decoded payload (chunked and content encodings undone), stopped at the cap. */
async function readPayload(record: WARCRecord, maxBytes: number, location: string): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of record) {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge(location, maxBytes, 'the page');
    parts.push(chunk);
  }
  if (owed(record) > 0) throw cutShort(location, record);
  return Buffer.concat(parts, size);
}

// warcio reads a record through a reader limited to its Content-Length; bytes still owed when the
// content ends mean the file stopped inside this record (a crawl cut short, a partial download).
function owed(record: WARCRecord): number {
  const limit = (record._reader as { limit?: unknown }).limit;
  return typeof limit === 'number' ? limit : 0;
}

function cutShort(location: string, record: WARCRecord): StorylineError {
  return new StorylineError('E_WARC', `${location}: the record is cut short (${owed(record)} bytes missing; the file ends inside it)`);
}

/** Reads past a record's content; false when the file ends first. */
async function drain(record: WARCRecord): Promise<boolean> {
  for await (const _chunk of record.reader) {
    // discard
  }
  return owed(record) === 0;
}
