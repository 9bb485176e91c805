// A builder for small records in corpus and export tests: spans are given as the text they cover
// (found by search, the n-th occurrence with `text@n`), so a test reads like the article it models.
import { RECORD_VERSION, type StoryRecord } from '../core/record.js';
import { entity as makeEntity, type EntityType, type Geo } from '../core/records/entity.js';
import type { Amount } from '../core/records/amount.js';
import type { DateMention } from '../core/records/date.js';
import type { Span } from '../core/span.js';

export interface RecordSpec {
  id: string;
  text: string;
  published?: string | null;
  title?: string | null;
  url?: string | null;
  entities?: { type: EntityType; name: string; forms?: string[]; titles?: string[]; geo?: Geo | null }[];
  quotes?: { content: string[]; cue?: string; source?: string; speaker?: string; direct?: boolean }[];
  dates?: { text: string; value: string; grain?: DateMention['grain'] }[];
  events?: { trigger: string; type: string; label: string; actor?: string; target?: string; date?: string | null; amount?: { value: number; unit: string } | null; quote?: number }[];
  amounts?: { text: string; value: number; unit: string; object?: string | null; qualifier?: Amount['qualifier']; min?: number | null; max?: number | null }[];
}

export function findSpan(text: string, needle: string): Span {
  const [what, nth] = needle.split('@');
  let at = -1;
  for (let i = 0; i <= Number(nth ?? 0); i++) {
    at = text.indexOf(what, at + 1);
    if (at < 0) throw new Error(`"${what}" (occurrence ${nth ?? 0}) not in the text`);
  }
  return { start: at, end: at + what.length };
}

export function testRecord(spec: RecordSpec): StoryRecord {
  const { text } = spec;
  const entities = (spec.entities ?? []).map((e, i) => {
    const ent = makeEntity(`e${i + 1}`, e.type, e.name, 'test');
    for (const f of e.forms ?? [e.name]) {
      const s = findSpan(text, f);
      ent.mentions.push({ ...s, form: f.split('@')[0].includes(' ') ? 'name' : 'surname', extractor: 'test' });
    }
    ent.titles = e.titles ?? [];
    ent.geo = e.geo ?? null;
    return ent;
  });
  const idOf = (name: string | undefined): string | null => (name ? (entities.find((e) => e.name === name)?.id ?? null) : null);
  const quotes = (spec.quotes ?? []).map((q, i) => ({
    kind: 'quote' as const,
    id: `q${i + 1}`,
    content: q.content.map((c) => findSpan(text, c)),
    cue: q.cue ? findSpan(text, q.cue) : null,
    source: q.source ? findSpan(text, q.source) : null,
    speaker: idOf(q.speaker),
    direct: q.direct ?? true,
    channel: null,
    extractor: 'test',
  }));
  const dates = (spec.dates ?? []).map((d, i) => ({
    kind: 'date' as const, id: `d${i + 1}`, ...findSpan(text, d.text), value: d.value, grain: d.grain ?? 'day',
    duration: null, stated: {}, reference: spec.published ?? null, timezone: null, extractor: 'test',
  }));
  const amounts = (spec.amounts ?? []).map((a, i) => ({
    kind: 'amount' as const, id: `a${i + 1}`, ...findSpan(text, a.text), value: a.value, unit: a.unit, object: a.object ?? null,
    qualifier: a.qualifier ?? 'exact', min: a.min ?? null, max: a.max ?? null, extractor: 'test',
  }));
  const events = (spec.events ?? []).map((ev, i) => ({
    kind: 'event' as const, id: `v${i + 1}`, type: ev.type, label: ev.label, trigger: findSpan(text, ev.trigger),
    actor: idOf(ev.actor), target: idOf(ev.target), place: null, date: ev.date ?? null, amount: ev.amount ?? null,
    purpose: null, quote: ev.quote === undefined ? null : `q${ev.quote + 1}`, extractor: 'test',
  }));
  return {
    id: spec.id, version: RECORD_VERSION, published: spec.published ?? null, title: spec.title ?? null, url: spec.url ?? null,
    text, sentences: text.split(/[.!?]\s/).length, entities, quotes, dates, amounts, events, consistency: [], warnings: [],
  };
}
