// Quantity reports from article records: every amount with what happened to it (the predicate: a
// verb class found next to it in its sentence), who did it (the actor of the event that carries
// it, else the nearest name before it in the sentence: "Clinton has won 175 delegates"), where, and
// the interval its qualifier allows. Left out: amounts with no predicate ("3 hopefuls": nothing to
// compare), and hypotheticals and thresholds ("must win 1,237", "would need 58 percent",
// "107 delegates at stake"), which are not reports of what happened.
import type { StoryRecord } from '../../core/record.js';
import type { Amount } from '../../core/records/amount.js';
import { foldName } from '../entities/fold-name.js';
import { sentenceAround } from '../stories/sentence-around.js';
import type { QuantityReport } from './types.js';

export interface ReportItem {
  record: StoryRecord;
  meta?: { publisher?: string | null; published?: string | null };
  /** Corpus id per record entity (record.entities order) or by record entity id. */
  entityIds?: (string | number | null)[] | Record<string, string | number | null>;
}

// Verb classes, nearest match to the amount wins. Hand-kept: the events stage codes CAMEO classes,
// which do not separate "killed" from "wounded" or "pledged" from "raised".
const PREDICATES: [string, RegExp][] = [
  ['killed', /\b(?:kill(?:ed|ing|s)?|dead|died|deaths?|death toll|lost their lives|fatalities|slain)\b/gi],
  ['wounded', /\b(?:wounded|injur(?:ed|ies|y)|hurt)\b/gi],
  ['arrested', /\b(?:arrest(?:ed|s)?|detain(?:ed|ees)?)\b/gi],
  ['displaced', /\b(?:displaced|evacuated|fled|homeless|refugees)\b/gi],
  ['pledged', /\b(?:pledg(?:e|ed|es|ing)|promis(?:ed|es|ing)|committed)\b/gi],
  ['donated', /\b(?:donat(?:ed|ions?|ing)|aid|grants?|granted)\b/gi],
  ['raised', /\b(?:rais(?:ed|ing|es)|fundrais\w*|hauls?)\b/gi],
  ['spent', /\b(?:sp(?:ent|end|ending|ends)|costs?|costing)\b/gi],
  ['won', /\b(?:won|wins?|winning|captured|secured)\b/gi],
];
const WINDOW = 60;
const HYPOTHETICAL = /\b(?:must|need(?:s|ed)?|would|could|might|takes|required|at stake|threshold|magic number|goal|target)\b/i;
const HOLDER_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);
const APPROX = 0.1;
const EXACT_ROUNDING = 0.02;

export function quantityReports(item: ReportItem): QuantityReport[] {
  const { record } = item;
  const out: QuantityReport[] = [];
  const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
  const publisher = str(item.meta?.publisher);
  const published = (str(item.meta?.published) ?? record.published)?.slice(0, 10) ?? null;
  for (const a of record.amounts) {
    const sentence = sentenceAround(record.text, a.start, a.end);
    const event = record.events.find((e) => e.amount && e.amount.value === a.value && e.amount.unit === a.unit && e.trigger.start >= sentence.start && e.trigger.end <= sentence.end);
    const predicate = predicateNear(record.text, a, sentence);
    if (!predicate) continue;
    const near = record.text.slice(Math.max(sentence.start, a.start - WINDOW), Math.min(sentence.end, a.end + WINDOW));
    if (HYPOTHETICAL.test(near)) continue;
    const [low, high] = interval(a);
    out.push({
      articleId: record.id, publisher, published, amountId: a.id, value: a.value, low, high, qualifier: a.qualifier, unit: a.unit,
      object: a.object ? singular(a.object.toLowerCase()) : null, predicate,
      actor: event?.actor ? entityKey(item, event.actor) : holderBefore(item, a, sentence),
      place: event?.place ? entityKey(item, event.place) : onlyPlaceIn(item, sentence),
      text: record.text.slice(a.start, a.end), start: a.start, end: a.end, context: record.text.slice(sentence.start, sentence.end),
    });
  }
  return out;
}

function predicateNear(text: string, a: Amount, sentence: { start: number; end: number }): string | null {
  const from = Math.max(sentence.start, a.start - WINDOW);
  const to = Math.min(sentence.end, a.end + WINDOW);
  const window = text.slice(from, to);
  let best: { name: string; distance: number } | null = null;
  for (const [name, re] of PREDICATES) {
    for (const m of window.matchAll(re)) {
      const at = from + m.index!;
      if (at >= a.start && at < a.end) continue;
      const distance = at < a.start ? a.start - (at + m[0].length) : at - a.end;
      if (!best || distance < best.distance) best = { name, distance };
    }
  }
  return best?.name ?? null;
}

/** The values a qualified amount allows. */
export function interval(a: Pick<Amount, 'value' | 'qualifier' | 'min' | 'max'>): [number, number] {
  if (a.min !== null && a.max !== null) return [a.min, a.max];
  const v = a.value;
  switch (a.qualifier) {
    case 'approximate':
      return [v * (1 - APPROX), v * (1 + APPROX)];
    case 'at-least':
    case 'more-than':
      return [v, Infinity];
    case 'at-most':
    case 'less-than':
    case 'up-to':
      return [0, v];
    default:
      // Round figures are often rounded: "2 million" and "2,030,000" agree.
      return [v * (1 - EXACT_ROUNDING), v * (1 + EXACT_ROUNDING)];
  }
}

function entityKey(item: ReportItem, entityId: string): string | null {
  const ids = item.entityIds;
  const index = item.record.entities.findIndex((e) => e.id === entityId);
  const corpus = ids ? (Array.isArray(ids) ? ids[index] : ids[entityId]) : null;
  if (corpus !== null && corpus !== undefined) return String(corpus);
  const e = item.record.entities[index];
  return e ? foldName(e.name) : null;
}

/** The name mentioned last before the amount in its sentence (the likely subject), as a key. */
function holderBefore(item: ReportItem, a: Amount, sentence: { start: number; end: number }): string | null {
  let best: { id: string; end: number } | null = null;
  for (const e of item.record.entities) {
    if (!HOLDER_TYPES.has(e.type)) continue;
    for (const m of e.mentions) {
      if (m.start >= sentence.start && m.end <= a.start && (!best || m.end > best.end)) best = { id: e.id, end: m.end };
    }
  }
  return best ? entityKey(item, best.id) : null;
}

function onlyPlaceIn(item: ReportItem, sentence: { start: number; end: number }): string | null {
  const places = item.record.entities.filter(
    (e) => (e.type === 'GPE' || e.type === 'LOC' || e.type === 'FAC') && e.mentions.some((m) => m.start >= sentence.start && m.end <= sentence.end),
  );
  return places.length === 1 ? entityKey(item, places[0].id) : null;
}

const singular = (s: string): string => (s.length > 3 && /[^s]s$/.test(s) ? s.slice(0, -1) : s);
