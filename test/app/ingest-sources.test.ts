// Input enumeration: files, directories, .gz files and WARC archives become source items with the
// right ids, kinds and text; a bad item becomes a failure and the rest still come through.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSources, type SourceEntry, type SourceItem } from '../../src/app/ingest-sources.js';
import { idFromFileName, idFromUrl } from '../../src/sources/source-ids.js';
import { writeWarc } from '../sources/helpers/make-warc.js';

let dir = '';
const page = (title: string, body: string) => `<!doctype html><html><head><title>${title}</title></head><body><article><p>${body}</p></article></body></html>`;

async function collect(inputs: string[], options = {}): Promise<SourceEntry[]> {
  const out: SourceEntry[] = [];
  for await (const e of ingestSources(inputs, options)) out.push(e);
  return out;
}
const items = (entries: SourceEntry[]) => entries.filter((e): e is SourceItem => e.kind !== 'error');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'storyline-sources-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ids', () => {
  it.each([
    ['abc.html.gz', 'abc'],
    ['/x/y/report.2025.txt', 'report'],
    ['noext', 'noext'],
    ['.hidden.html', '.hidden'],
  ])('%s -> %s', (name, id) => expect(idFromFileName(name)).toBe(id));

  it('slugs URLs and tells query strings apart', () => {
    expect(idFromUrl('https://www.example.com/news/2025/03/flood-aid.html')).toBe('example-com-news-2025-03-flood-aid');
    expect(idFromUrl('https://example.com/story?id=1')).not.toBe(idFromUrl('https://example.com/story?id=2'));
  });
});

describe('ingestSources', () => {
  it('reads a directory: html, htm, txt and their .gz, skipping other files and hidden ones, in name order', async () => {
    const d = join(dir, 'batch');
    mkdirSync(join(d, 'sub'), { recursive: true });
    writeFileSync(join(d, 'b.html'), page('B', 'Bee page.'));
    writeFileSync(join(d, 'a.txt'), 'Plain text article.');
    writeFileSync(join(d, 'c.html.gz'), gzipSync(page('C', 'Gzipped page.')));
    writeFileSync(join(d, 'sub', 'd.htm'), page('D', 'Nested page.'));
    writeFileSync(join(d, 'sub', 'e.txt.gz'), gzipSync('Gzipped text.'));
    writeFileSync(join(d, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0]));
    writeFileSync(join(d, '.secret.html'), page('S', 'hidden'));
    const got = items(await collect([d]));
    expect(got.map((i) => [i.id, i.kind])).toEqual([
      ['a', 'text'],
      ['b', 'html'],
      ['c', 'html'],
      ['d', 'html'],
      ['e', 'text'],
    ]);
    expect(got.find((i) => i.id === 'c')?.content).toContain('Gzipped page.');
    expect(got.find((i) => i.id === 'e')?.content).toBe('Gzipped text.');
  });

  it('decodes a Latin-1 page whose header-less bytes contradict its utf-8 meta, and says so', async () => {
    const path = join(dir, 'latin.html');
    writeFileSync(path, iconv.encode(page('Caf\u00e9', 'D\u00e9j\u00e0 vu in S\u00e3o Paulo.').replace('<head>', '<head><meta charset="utf-8">'), 'latin1'));
    const [item] = items(await collect([path]));
    expect(item.content).toContain('D\u00e9j\u00e0 vu in S\u00e3o Paulo.');
    expect(item.warnings.join(' ')).toMatch(/declares utf-8 but the bytes are not UTF-8/);
  });

  it('stops a gzip bomb at the cap and carries on with the next file', async () => {
    const d = join(dir, 'bomb');
    mkdirSync(d);
    writeFileSync(join(d, 'a-bomb.html.gz'), gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20)));
    writeFileSync(join(d, 'b-fine.html'), page('Fine', 'Still read.'));
    const got = await collect([d], { maxFileBytes: 4 * 1024 * 1024 });
    expect(got[0]).toMatchObject({ kind: 'error', code: 'E_FETCH_TOO_LARGE', location: join(d, 'a-bomb.html.gz') });
    expect(got[1]).toMatchObject({ kind: 'html', id: 'b-fine' });
  });

  it('reports a missing input and a corrupt .gz as failures, not throws', async () => {
    const bad = join(dir, 'bad.txt.gz');
    writeFileSync(bad, Buffer.from('not gzip at all'));
    const got = await collect([join(dir, 'nope.html'), bad]);
    expect(got.map((e) => e.kind === 'error' && e.code)).toEqual(['E_INPUT_NOT_FOUND', 'E_SOURCE_READ']);
  });

  it('caps each WARC record and reads on past one that is too big', async () => {
    const path = join(dir, 'big.warc.gz');
    await writeWarc(
      path,
      [
        { url: 'https://news.example/huge', body: page('Huge', 'x'.repeat(3 * 1024 * 1024)) },
        { url: 'https://news.example/small', body: page('Small', 'Still here.') },
      ],
      true,
    );
    const got = await collect([path], { maxFileBytes: 1024 * 1024 });
    expect(got[0]).toMatchObject({ kind: 'error', code: 'E_FETCH_TOO_LARGE', id: 'big-2', location: `${path}#2` });
    expect(got[1]).toMatchObject({ kind: 'html', id: 'big-3', url: 'https://news.example/small' });
  });

  it('reports a WARC cut anywhere inside its last record (content, HTTP header, WARC header) after the records it could read', async () => {
    const whole = join(dir, 'whole.warc');
    await writeWarc(whole, [
      { url: 'https://news.example/a', body: page('A', 'First article.') },
      { url: 'https://news.example/b', body: page('B', 'Second article. '.repeat(20)) },
    ]);
    const bytes = readFileSync(whole);
    const third = bytes.lastIndexOf('WARC/1.1');
    const httpHeader = bytes.indexOf('HTTP/1.1', third);
    const body = bytes.indexOf('<!doctype', third);
    for (const [end, why] of [
      [bytes.length - 40, /cut short \(\d+ bytes missing/],
      [body + 10, /cut short/],
      [httpHeader + 20, /cut short|no Content-Length/],
      [third + 40, /no Content-Length/],
    ] as const) {
      const cut = join(dir, `cut-${end}.warc`);
      writeFileSync(cut, bytes.subarray(0, end));
      const got = await collect([cut, join(dir, 'latin.html')]);
      expect(got.map((e) => [e.kind, e.id]), `cut at ${end}`).toEqual([
        ['html', `cut-${end}-2`],
        ['error', `cut-${end}-3`],
        ['html', 'latin'],
      ]);
      expect(got[1]).toMatchObject({ code: 'E_WARC', message: expect.stringMatching(why) });
    }
  });

  it.each([false, true])('streams the HTML responses of a WARC (gzip %s), skipping non-HTML and errors', async (gzip) => {
    const path = join(dir, `crawl-${gzip}.warc${gzip ? '.gz' : ''}`);
    await writeWarc(
      path,
      [
        { url: 'https://news.example/a', body: page('A', 'First article.') },
        { url: 'https://news.example/logo.png', body: new Uint8Array([1, 2, 3]), contentType: 'image/png' },
        { url: 'https://news.example/gone', body: page('Gone', 'nothing'), status: 404 },
        { url: 'https://news.example/b', body: iconv.encode(page('B', 'Caf\u00e9 society.'), 'latin1'), contentType: 'text/html; charset=iso-8859-1' },
        { url: 'https://news.example/c', body: gzipSync(page('C', 'Compressed in the archive.')), httpHeaders: { 'Content-Encoding': 'gzip' } },
      ],
      gzip,
    );
    const got = items(await collect([path]));
    const stem = `crawl-${gzip}`;
    expect(got.map((i) => [i.id, i.url])).toEqual([
      [`${stem}-2`, 'https://news.example/a'],
      [`${stem}-5`, 'https://news.example/b'],
      [`${stem}-6`, 'https://news.example/c'],
    ]);
    expect(got[1].content).toContain('Caf\u00e9 society.');
    expect(got[2].content).toContain('Compressed in the archive.');
  });
});
