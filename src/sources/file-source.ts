// Reads one local HTML or text file (gzipped or not) into a source item. Gzipped files are inflated
// under the same size cap as fetched pages, so a gzip bomb in a folder stops at the cap.
import { createReadStream } from 'node:fs';
import { StorylineError } from '../core/errors.js';
import { decodePage } from './fetch/charset.js';
import { readCapped } from './fetch/read-capped.js';
import { isGzipped } from './file-kinds.js';
import { idFromFileName } from './source-ids.js';
import type { Source } from '../core/records/page.js';
import type { SourceItem } from './source-item.js';

export async function readFileItem(path: string, kind: 'html' | 'text', maxBytes: number, published: string | null): Promise<SourceItem> {
  let bytes: Buffer;
  try {
    bytes = await readCapped(createReadStream(path), { maxBytes, encoding: isGzipped(path) ? 'gzip' : 'identity', label: path });
  } catch (err) {
    if (err instanceof StorylineError) throw err;
    throw new StorylineError('E_SOURCE_READ', `${path}: ${(err as Error).message}`);
  }
  return bytesToItem(bytes, { kind, from: kind, id: idFromFileName(path), location: path, url: null, published, contentType: null });
}

export interface ItemBytesMeta {
  kind: 'html' | 'text';
  /** The record's source kind: how it was read (a fetched URL, a WARC record, a text or HTML file). */
  from: Source['kind'];
  id: string;
  location: string;
  url: string | null;
  published: string | null;
  contentType: string | null;
}

/** Decodes page or text bytes (charset from header, meta or sniffing) into an item. */
export function bytesToItem(bytes: Uint8Array, meta: ItemBytesMeta): SourceItem {
  const { text, warnings } = decodePage(bytes, meta.contentType, meta.location);
  // UTF-16 pages carry NUL bytes legitimately; after decoding, a NUL still there means binary data.
  if (text.includes('\u0000')) {
    throw new StorylineError('E_BINARY_INPUT', `${meta.location}: looks like binary data (it contains NUL bytes); give a text or HTML file`);
  }
  return {
    kind: meta.kind, id: meta.id, content: text, url: meta.url, published: meta.published, title: null, publisher: null,
    source: { kind: meta.from, location: meta.location }, meta: {}, location: meta.location, warnings,
  };
}
