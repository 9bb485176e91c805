// The rows an article contributes besides its record: aliases and titles of its entities, its quotes
// and its amounts, as plain values both backends insert unchanged. Texts are sliced from the record's
// spans here, once, so queries never re-read the record JSON.
import type { StoryRecord } from '../core/record.js';
import type { Entity } from '../core/records/entity.js';
import type { Span } from '../core/span.js';
import { normalizeName } from './normalize-name.js';
import type { AmountRow } from './store.js';

export interface AliasRow {
  entityId: number;
  alias: string;
  norm: string;
  count: number;
}

export interface TitleRow {
  entityId: number;
  title: string;
  published: string | null;
}

export interface QuoteRowWrite {
  localId: string;
  speakerId: number | null;
  source: string | null;
  cue: string | null;
  content: string;
  direct: boolean;
  published: string | null;
  start: number;
  end: number;
}

/** An amount row as written: the stored row without the article fields it is read back with. */
export type AmountRowWrite = Omit<AmountRow, 'articleId' | 'publisher' | 'published'>;

const NAMING_FORMS = new Set(['name', 'surname', 'honorific']);

/** Every way the article names the entity (not pronouns or descriptions), with counts. */
export function entityAliases(entity: Entity, text: string): Map<string, number> {
  const counts = new Map<string, number>([[entity.name, 0]]);
  for (const m of entity.mentions) {
    if (!NAMING_FORMS.has(m.form)) continue;
    const alias = text.slice(m.start, m.end).replace(/\s+/g, ' ').trim();
    if (alias !== '') counts.set(alias, (counts.get(alias) ?? 0) + 1);
  }
  if (counts.get(entity.name) === 0) counts.set(entity.name, 1);
  return counts;
}

export function aliasRows(record: StoryRecord, ids: Record<string, number>): AliasRow[] {
  const rows: AliasRow[] = [];
  for (const e of record.entities) {
    const entityId = ids[e.id];
    if (entityId === undefined) continue;
    // Two local entities may merge into one corpus entity; the key (entity, alias) must stay unique.
    for (const [alias, count] of entityAliases(e, record.text)) {
      const prev = rows.find((r) => r.entityId === entityId && r.alias === alias);
      if (prev) prev.count += count;
      else rows.push({ entityId, alias, norm: normalizeName(alias), count });
    }
  }
  return rows;
}

export function titleRows(record: StoryRecord, ids: Record<string, number>): TitleRow[] {
  const seen = new Set<string>();
  const rows: TitleRow[] = [];
  for (const e of record.entities) {
    const entityId = ids[e.id];
    if (entityId === undefined) continue;
    for (const title of e.titles) {
      const key = `${entityId}\u0000${title.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({ entityId, title, published: record.published });
    }
  }
  return rows;
}

const slice = (text: string, s: Span | null): string | null => (s == null ? null : text.slice(s.start, s.end));

export function quoteRows(record: StoryRecord, ids: Record<string, number>): QuoteRowWrite[] {
  return record.quotes.map((q, i) => ({
    localId: q.id || `q${i + 1}`,
    speakerId: q.speaker == null ? null : (ids[q.speaker] ?? null),
    source: slice(record.text, q.source),
    cue: slice(record.text, q.cue),
    content: q.content.map((c) => record.text.slice(c.start, c.end)).join(' … '),
    direct: q.direct,
    published: record.published,
    start: q.content.reduce((m, c) => Math.min(m, c.start), Infinity),
    end: q.content.reduce((m, c) => Math.max(m, c.end), -Infinity),
  }));
}

/** The sentence around a span: back to the last sentence end, on to the next, at most ~300 chars. */
export function sentenceAround(text: string, s: Span): string {
  let start = s.start;
  while (start > 0 && s.start - start < 300 && !/[.!?\n]/.test(text[start - 1])) start--;
  let end = s.end;
  while (end < text.length && end - s.end < 300 && !/[.!?\n]/.test(text[end])) end++;
  if (end < text.length && text[end] !== '\n') end++;
  return text.slice(start, end).trim();
}

export function amountRows(record: StoryRecord): AmountRowWrite[] {
  return record.amounts.map((a, i) => ({
    localId: a.id || `a${i + 1}`,
    value: a.value,
    unit: a.unit,
    object: a.object,
    qualifier: a.qualifier,
    min: a.min,
    max: a.max,
    text: record.text.slice(a.start, a.end),
    context: sentenceAround(record.text, a),
  }));
}
