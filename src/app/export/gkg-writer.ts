// GDELT GKG 2.1-compatible export: one tab-separated line per article, the 27 GKG 2.1 columns in the
// codebook's order, then our SPEAKERS column (GKG records quotations but not who said them). No
// header line, as GDELT's own files. What we fill: DATE, source name and URL, COUNTS/V2COUNTS (counts
// of people with a recognisable count type: killed, wounded, arrested, kidnapped, affected,
// protesting), LOCATIONS/V2LOCATIONS (geocoded places), PERSONS, ORGANIZATIONS (V1 names and V2
// name,offset), DATES, QUOTATIONS (offset|length|verb|quote), ALLNAMES, AMOUNTS (amount,object,
// offset), EXTRAS (<PAGE_TITLE>). Themes, tone, GCAM, images and translation info stay empty: we do
// not compute them. SPEAKERS holds one offset|length|speaker|entity id|corpus id block per quotation,
// in the same order, joined by '#'.
import type { StoryRecord } from '../../core/record.js';
import { hostName } from '../../core/url-host.js';
import { articleMeta, corpusIdOf, type ExportItem } from './export-item.js';
import { clean, countType, gkgDate, gkgLocation, gkgTimestamp, oneLine } from './gkg-fields.js';

export const GKG_COLUMNS = [
  'GKGRECORDID', 'DATE', 'SourceCollectionIdentifier', 'SourceCommonName', 'DocumentIdentifier', 'Counts', 'V2Counts', 'Themes',
  'V2Themes', 'Locations', 'V2Locations', 'Persons', 'V2Persons', 'Organizations', 'V2Organizations', 'V2Tone', 'Dates', 'GCAM',
  'SharingImage', 'RelatedImages', 'SocialImageEmbeds', 'SocialVideoEmbeds', 'Quotations', 'AllNames', 'Amounts', 'TranslationInfo',
  'Extras', 'Speakers',
] as const;

/** GKG's collection id for documents from the open web. */
const WEB = '1';
const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);

export async function* gkgLines(items: AsyncIterable<ExportItem> | Iterable<ExportItem>): AsyncGenerator<string> {
  let n = 0;
  for await (const item of items) yield `${gkgRow(item, ++n).join('\t')}\n`;
}

export function gkgRow(item: ExportItem, seq: number): string[] {
  const { record } = item;
  const meta = articleMeta(item);
  const date = gkgTimestamp(meta.published);
  const row: Record<(typeof GKG_COLUMNS)[number], string> = Object.fromEntries(GKG_COLUMNS.map((c) => [c, ''])) as never;
  row.GKGRECORDID = `${date}-${seq}`;
  row.DATE = date;
  row.SourceCollectionIdentifier = WEB;
  row.SourceCommonName = clean(meta.publisher ?? hostOf(meta.url) ?? '');
  row.DocumentIdentifier = oneLine(meta.url ?? record.id);
  const counts = countsOf(record);
  row.Counts = counts.map((c) => c.v1).join(';');
  row.V2Counts = counts.map((c) => `${c.v1}#${c.offset}`).join(';');
  const places = record.entities.filter((e) => PLACE_TYPES.has(e.type) && e.geo);
  const v1Locations = new Set<string>();
  const v2Locations: string[] = [];
  for (const e of places) {
    const l = gkgLocation(e.name, e.geo!);
    v1Locations.add([l.type, l.name, l.country, l.adm1, l.lat, l.lon, l.featureId].join('#'));
    for (const m of e.mentions) v2Locations.push([l.type, l.name, l.country, l.adm1, '', l.lat, l.lon, l.featureId, m.start].join('#'));
  }
  row.Locations = [...v1Locations].join(';');
  row.V2Locations = v2Locations.join(';');
  [row.Persons, row.V2Persons] = names(record, (t) => t === 'PERSON');
  [row.Organizations, row.V2Organizations] = names(record, (t) => t === 'ORG');
  row.Dates = record.dates.map(gkgDate).filter((d): d is string => d !== null).join(';');
  const slice = (s: { start: number; end: number }): string => record.text.slice(s.start, s.end);
  const quotes = record.quotes.map((q) => {
    const start = q.content[0].start;
    const length = q.content[q.content.length - 1].end - start;
    return { q, start, length };
  });
  row.Quotations = quotes.map(({ q, start, length }) => [start, length, q.cue ? clean(slice(q.cue)) : '', quoteText(q.content.map(slice).join(' … '))].join('|')).join('#');
  row.Speakers = quotes
    .map(({ q, start, length }) => {
      const speaker = record.entities.find((e) => e.id === q.speaker)?.name ?? (q.source ? slice(q.source) : '');
      return [start, length, clean(speaker), q.speaker ?? '', corpusIdOf(item, q.speaker) ?? ''].join('|');
    })
    .join('#');
  row.AllNames = names(record, () => true)[1];
  row.Amounts = record.amounts.map((a) => `${a.value},${clean(a.object ?? a.unit)},${a.start}`).join(';');
  row.Extras = meta.title ? `<PAGE_TITLE>${xml(oneLine(meta.title))}</PAGE_TITLE>` : '';
  return GKG_COLUMNS.map((c) => row[c]);
}

function countsOf(record: StoryRecord): { v1: string; offset: number }[] {
  const out: { v1: string; offset: number }[] = [];
  for (const a of record.amounts) {
    if (a.unit !== 'people' && a.unit !== 'count') continue;
    const type = countType(a.object, record.text.slice(Math.max(0, a.start - 30), a.start), record.text.slice(a.end, a.end + 60));
    if (!type) continue;
    // No location is tied to a count here: type 0 and empty location fields, as GDELT writes them.
    out.push({ v1: [type, a.value, clean(a.object ?? ''), 0, '', '', '', '', '', ''].join('#'), offset: a.start });
  }
  return out;
}

/** V1 (distinct names) and V2 (name,offset per mention) lists for entities of the chosen types. */
function names(record: StoryRecord, keep: (type: string) => boolean): [string, string] {
  const v1 = new Set<string>();
  const v2: string[] = [];
  for (const e of record.entities) {
    if (!keep(e.type)) continue;
    const name = clean(e.name);
    if (!name) continue;
    v1.add(name);
    for (const m of e.mentions) if (m.form !== 'pronoun' && m.form !== 'description') v2.push(`${name},${m.start}`);
  }
  return [[...v1].join(';'), v2.join(';')];
}

const quoteText = (s: string): string => oneLine(s).replace(/[|#]/g, ' ');
const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const hostOf = (url: string | null): string | null => (url ? hostName(url) : null);
