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
import { findDescriptions, resolveDescription } from './description-resolver.js';
import { buildMentionIndex, salientBefore, sentenceOf } from './salience.js';

const EXTRACTOR = 'coref.rules.v1';
const PERSONAL = new Set(['he', 'she', 'him', 'her']);
const PERSONISH = new Set(['PERSON']);
const SPEAKER_TYPES: Record<string, number> = { PERSON: 0, ORG: 1, FAC: 2, GPE: 3, NORP: 4, LOC: 5, MISC: 6, EVENT: 7 };

export const corefStage: Stage = {
  name: 'coref.rules',
  requires: ['entities', 'quotes', 'sentences'],
  assigns: ['entities', 'quotes'],
  run(doc: Doc) {
    const quotedRanges = doc.quotes.filter((q) => q.direct).flatMap((q) => q.content);
    const quoted = (offset: number) => quotedRanges.some((r) => r.start <= offset && offset < r.end);
    // Descriptions first, so "the Russian leader said" finds its entity through them.
    for (const d of findDescriptions(doc)) {
      const e = resolveDescription(doc, d);
      if (e) addMention(e, d, 'description');
    }
    const index = buildMentionIndex(doc, quoted, PERSONISH);
    let previous: { speaker: string | null; paragraph: number } | null = null;
    for (const q of doc.quotes) {
      if (q.source) {
        const e = resolveSource(doc, q.source, index);
        q.speaker = e?.id ?? null;
      } else if (q.extractor === UNCUED_EXTRACTOR && previous) {
        const paragraph = doc.sentences[sentenceOf(doc, q.content[0].start)].paragraph;
        if (paragraph - previous.paragraph <= 2) q.speaker = previous.speaker;
      }
      const last = q.content[q.content.length - 1];
      previous = { speaker: q.speaker, paragraph: doc.sentences[sentenceOf(doc, last.start)].paragraph };
    }
  },
};

function addMention(e: Entity, span: Span, form: 'pronoun' | 'description'): void {
  if (e.mentions.some((m) => m.start < span.end && span.start < m.end)) return;
  e.mentions.push({ start: span.start, end: span.end, form, extractor: EXTRACTOR });
  e.mentions.sort((a, b) => a.start - b.start);
}

function resolveSource(doc: Doc, source: Span, index: ReturnType<typeof buildMentionIndex>): Entity | null {
  // A name (or an already-linked description) inside the source span: the first, most person-like.
  let best: Entity | null = null;
  let bestKey = Infinity;
  for (const e of doc.entities) {
    for (const m of e.mentions) {
      if (m.start >= source.end || m.end <= source.start) continue;
      const key = (SPEAKER_TYPES[e.type] ?? 9) * 1e9 + m.start;
      if (key < bestKey) { bestKey = key; best = e; }
    }
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
    let nearest: Entity | null = null;
    let at = -1;
    for (const e of doc.entities) for (const m of e.mentions) if (m.end <= source.start && m.end > at && source.start - m.end < 4) { at = m.end; nearest = e; }
    if (nearest) addMention(nearest, source, 'pronoun');
    return nearest;
  }
  return null;
}
