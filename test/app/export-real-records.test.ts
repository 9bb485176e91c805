// Exports of records the pipeline really produced (PolNeAR train articles): every GKG line has 28
// columns, the JSON-LD parses, every brat span slices the text, every CSV row has the header's width.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/app/extract.js';
import { bratDocument, csvLines, exportChunks, type ExportItem } from '../../src/app/export/index.js';

const TRAIN = new URL('../../../shared/data/polnear/train.jsonl', import.meta.url);
const ARTICLES = 15;

async function collect(gen: AsyncIterable<string>): Promise<string> {
  let s = '';
  for await (const c of gen) s += c;
  return s;
}

describe.skipIf(!existsSync(TRAIN))('exports of extracted PolNeAR articles (needs ../shared/data/polnear/train.jsonl)', () => {
  const lines = existsSync(TRAIN) ? readFileSync(TRAIN, 'utf8').split('\n').filter(Boolean) : [];
  // Every 56th article: all 7 publishers, short run time.
  const items: ExportItem[] = lines
    .filter((_, i) => i % 56 === 0)
    .slice(0, ARTICLES)
    .map((l) => {
      const a = JSON.parse(l);
      return { record: extractArticle({ id: a.id, text: a.text, published: a.published, title: a.title }), meta: { publisher: a.publisher } };
    });

  it('gkg: 28 tab-separated columns per article, quotation offsets inside the text', async () => {
    const rows = (await collect(exportChunks('gkg', items))).split('\n').filter(Boolean).map((l) => l.split('\t'));
    expect(rows).toHaveLength(items.length);
    rows.forEach((r, i) => {
      expect(r).toHaveLength(28);
      const text = items[i].record.text;
      for (const q of r[22] ? r[22].split('#') : []) {
        const [offset, length] = q.split('|').map(Number);
        expect(offset + length).toBeLessThanOrEqual(text.length);
      }
    });
  });

  it('jsonld parses; csv rows have the header width', async () => {
    const doc = JSON.parse(await collect(exportChunks('jsonld', items)));
    expect(doc['@graph'].filter((n: { '@type': string }) => n['@type'] === 'NewsArticle')).toHaveLength(items.length);
    const csv = await collect(csvLines(items, 'entities'));
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('brat: every T span slices the text it claims', () => {
    for (const item of items) {
      const { txt, ann } = bratDocument(item);
      const cps = Array.from(txt);
      for (const line of ann.split('\n').filter((l) => l.startsWith('T'))) {
        const [, body, covered] = line.split('\t');
        const offsets = body.slice(body.indexOf(' ') + 1).split(';').map((p) => p.split(' ').map(Number));
        expect(offsets.map(([s, e]) => cps.slice(s, e).join('')).join(' ')).toBe(covered);
      }
    }
  });
});
