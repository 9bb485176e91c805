// Coreference stage: links each quote's source to an entity and records pronoun and description
// mentions on that entity.
//   name inside the source span        "Mr Trump said"            -> the entity of that name
//   personal pronoun                   "he said"                  -> subject of the nearest sentence before
//   relative pronoun                   "Mr Zelenskyy, who ..."    -> the name right before it
//   description                        "the Russian leader"       -> the person tied to Russia with a leader title
//   no source (uncued quote paragraph)                            -> the speaker of the quote just before
import type { Doc } from '../../core/document.js';
import type { Entity } from '../../core/records/entity.js';
import type { Stage } from '../../core/stage.js';
import type { Span } from '../../core/span.js';
import { UNCUED_EXTRACTOR } from '../quotes/uncued-quote-extractor.js';
import { findDescriptions, namedPeople, resolveDescription } from './description-resolver.js';
import { buildMentionIndex, salientBefore, sentenceOf } from './salience.js';
import { lowerBound, spanMembership } from '../../core/sorted.js';

const EXTRACTOR = 'coref.rules.v1';
const PERSONAL = new Set(['he', 'she', 'him', 'her']);
const PERSONISH = new Set(['PERSON']);
const SPEAKER_TYPES: Record<string, number> = { PERSON: 0, ORG: 1, FAC: 2, GPE: 3, NORP: 4, LOC: 5, MISC: 6, EVENT: 7 };

export const corefStage: Stage = {
  name: 'coref.rules',
  requires: ['entities', 'quotes', 'sentences'],
  assigns: ['entities', 'quotes'],
  run(doc: Doc) {
    const quoted = spanMembership(doc.quotes.filter((q) => q.direct).flatMap((q) => q.content));
    added = new Set(doc.entities.flatMap((e) => e.mentions.map((m) => `${m.start}:${m.end}`)));
    // Descriptions first, so "the Russian leader said" finds its entity through them.
    const people = namedPeople(doc);
    for (const d of findDescriptions(doc)) {
      if (added.has(`${d.start}:${d.end}`)) continue;
      const e = resolveDescription(people, d);
      if (e) addMention(e, d, 'description');
    }
    const index = buildMentionIndex(doc, quoted, PERSONISH);
    const all = allMentions(doc);
    let previous: { speaker: string | null; paragraph: number } | null = null;
    for (const q of doc.quotes) {
      if (q.source) {
        const e = resolveSource(doc, q.source, index, all);
        q.speaker = e?.id ?? null;
      } else if (q.extractor === UNCUED_EXTRACTOR && previous) {
        const paragraph = doc.sentences[sentenceOf(doc, q.content[0].start)].paragraph;
        if (paragraph - previous.paragraph <= 2) q.speaker = previous.speaker;
      }
      const last = q.content[q.content.length - 1];
      previous = { speaker: q.speaker, paragraph: doc.sentences[sentenceOf(doc, last.start)].paragraph };
    }
    for (const e of doc.entities) e.mentions.sort((a, b) => a.start - b.start);
  },
};

interface PlacedMention { start: number; end: number; entity: Entity }

/** Every entity mention, sorted by start, for positional lookups. */
function allMentions(doc: Doc): PlacedMention[] {
  const out: PlacedMention[] = [];
  for (const e of doc.entities) for (const m of e.mentions) out.push({ start: m.start, end: m.end, entity: e });
  return out.sort((a, b) => a.start - b.start);
}

// Mentions are short; a mention that overlaps a span starts at most this far before it.
const MAX_MENTION_LENGTH = 300;

// Spans already added as mentions during this run: a span is a mention of one entity at most.
let added = new Set<string>();

function addMention(e: Entity, span: Span, form: 'pronoun' | 'description'): void {
  const key = `${span.start}:${span.end}`;
  if (added.has(key)) return;
  added.add(key);
  e.mentions.push({ start: span.start, end: span.end, form, extractor: EXTRACTOR });
}

function resolveSource(doc: Doc, source: Span, index: ReturnType<typeof buildMentionIndex>, all: PlacedMention[]): Entity | null {
  // A name (or an already-linked description) inside the source span: the most person-like, then the first.
  let best: Entity | null = null;
  let bestKey = Infinity;
  for (let k = lowerBound(all, source.start - MAX_MENTION_LENGTH, (m) => m.start); k < all.length && all[k].start < source.end; k++) {
    const m = all[k];
    if (m.end <= source.start) continue;
    const key = (SPEAKER_TYPES[m.entity.type] ?? 9) * 1e9 + m.start;
    if (key < bestKey) { bestKey = key; best = m.entity; }
  }
  if (best) return best;
  const word = doc.text.slice(source.start, source.end).trim().toLowerCase();
  if (PERSONAL.has(word)) {
    const e = salientBefore(doc, index, source.start);
    if (e) addMention(e, source, 'pronoun');
    return e;
  }
  if (word === 'who') {
    // The name just before ", who".
    const k = lowerBound(all, source.start, (m) => m.start) - 1;
    let nearest: Entity | null = null;
    let at = -1;
    for (let j = k; j >= 0 && j > k - 5; j--) {
      const m = all[j];
      if (m.end <= source.start && m.end > at && source.start - m.end < 4) { at = m.end; nearest = m.entity; }
    }
    if (nearest) addMention(nearest, source, 'pronoun');
    return nearest;
  }
  return null;
}
