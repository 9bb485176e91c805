// Writes a small WARC file with warcio, for tests: a warcinfo record, then one response record per page.
import { writeFileSync } from 'node:fs';
import { WARCRecord, WARCSerializer } from 'warcio';

export interface WarcPage {
  url: string;
  body: string | Uint8Array;
  contentType?: string;
  status?: number;
  httpHeaders?: Record<string, string>;
}

export async function writeWarc(path: string, pages: WarcPage[], gzip = false): Promise<void> {
  const parts: Uint8Array[] = [];
  const info = await WARCRecord.createWARCInfo({ filename: 'test.warc', warcVersion: 'WARC/1.1' }, { software: 'storyline tests' });
  parts.push(await WARCSerializer.serialize(info, { gzip }));
  for (const page of pages) {
    const body = typeof page.body === 'string' ? new TextEncoder().encode(page.body) : page.body;
    const record = await WARCRecord.create(
      {
        url: page.url,
        date: '2025-03-06T10:00:00Z',
        type: 'response',
        warcVersion: 'WARC/1.1',
        statusline: `HTTP/1.1 ${page.status ?? 200} OK`,
        httpHeaders: { 'Content-Type': page.contentType ?? 'text/html; charset=utf-8', ...page.httpHeaders },
      },
      (async function* () {
        yield body;
      })(),
    );
    parts.push(await WARCSerializer.serialize(record, { gzip }));
  }
  writeFileSync(path, Buffer.concat(parts));
}
