// Coreference stage: links every third-person pronoun and definite description it can to a named
// entity (recorded as the entity's 'pronoun' and 'description' mentions), then each quote's source
// to its speaker. Order: leader descriptions, then pronouns and descriptions outside quotations in
// text order, then quote speakers, then the words inside quotations (which need the speaker).
//   pronoun outside quotes             "Ana Ruiz ... She said"    -> ./pronoun-resolver.ts
//   description or role noun           "the governor", "the company" -> ./nominal-ranker.ts
//   leader description                 "the Russian leader"       -> the person tied to Russia with a leader title
//   name inside the source span        "Mr Trump said"            -> the entity of that name
//                                      "His mother said"          -> not him: a possessor is not the speaker
//   pronoun source left unlinked       "he said"                  -> subject of the nearest sentence before
//   relative pronoun                   "Mr Zelenskyy, who ..."    -> the name right before it
//   no source (uncued quote paragraph)                            -> the speaker of the quote just before
//   "I", "my" inside a quotation       "“I will run,” Gil said"   -> the speaker
//   "he", "she" inside a quotation                                -> someone other than the speaker
import type { Doc } from '../../core/document.js';
import type { Entity } from '../../core/records/entity.js';
import type { Stage } from '../../core/stage.js';
import type { Span } from '../../core/span.js';
import { UNCUED_EXTRACTOR } from '../quotes/uncued-quote-extractor.js';
import { findDescriptions, namedPeople, resolveDescription } from './description-resolver.js';
import { buildMentionIndex, salientBefore, sentenceOf } from './salience.js';
import { lowerBound, spanMembership } from '../../core/sorted.js';
import type { Quote } from '../../core/records/quote.js';
import { isPossessive, pronounClass, type Gender } from './agreement.js';
import { MentionHistory } from './mention-history.js';
import { tokenAt } from './mention-roles.js';
import { findNominals } from './nominal-resolver.js';
import { resolveNominal } from './nominal-ranker.js';
import { resolvePronoun, type PronounContext } from './pronoun-resolver.js';

const EXTRACTOR = 'coref.rules.v2';
const PERSONAL = new Set(['he', 'she', 'him', 'her']);
const PERSONISH = new Set(['PERSON']);
const SPEAKER_TYPES: Record<string, number> = { PERSON: 0, ORG: 1, FAC: 2, GPE: 3, NORP: 4, LOC: 5, MISC: 6, EVENT: 7 };

export const corefStage: Stage = {
  name: 'coref.rules',
  requires: ['tokens', 'sentences', 'syntax', 'entities', 'quotes'],
  assigns: [],
  // Adds mentions (pronouns, descriptions) to entities and links quote sources to them.
  modifies: ['entities', 'quotes'],
  run(doc: Doc) {
    const direct = doc.quotes.filter((q) => q.direct);
    const quoted = spanMembership(direct.flatMap((q) => q.content));
    added = new Set(doc.entities.flatMap((e) => e.mentions.map((m) => `${m.start}:${m.end}`)));
    // Descriptions first, so "the Russian leader said" finds its entity through them.
    const people = namedPeople(doc);
    for (const d of findDescriptions(doc)) {
      if (added.has(`${d.start}:${d.end}`)) continue;
      const e = resolveDescription(people, d);
      if (e) addMention(e, d, 'description');
    }
    // Pronouns and descriptions outside quotations, in text order, so each sees the links before it.
    const history = new MentionHistory(doc, quoted);
    const genders = new Map<Entity, Gender | null>();
    let speakers: (offset: number) => Entity | null = () => null;
    const contentOf = sourceLookup(doc.quotes);
    const ctx: PronounContext = { doc, history, genders, speakerAt: (offset) => speakers(offset), contentOf };
    const link = (e: Entity | null, span: Span, form: 'pronoun' | 'description'): void => {
      if (e && addMention(e, span, form)) history.add(span.start, span.end, e);
    };
    const nominals = new Map(findNominals(doc).map((n) => [tokenAt(doc, n.start), n]));
    for (let i = 0; i < doc.tokens.length; i++) {
      const t = doc.tokens[i];
      if (quoted(t.start) || history.covering(t.start)) continue;
      const n = nominals.get(i);
      if (n) link(resolveNominal(doc, history, genders, n), n, 'description');
      else if (pronounClass(t.lower)) link(resolvePronoun(ctx, i), t, 'pronoun');
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
    // Inside a quotation: "I" is the speaker; "he"/"she" is someone else.
    speakers = speakerLookup(doc, direct);
    for (let i = 0; i < doc.tokens.length; i++) {
      const t = doc.tokens[i];
      if (!quoted(t.start) || history.covering(t.start)) continue;
      if (FIRST_PERSON.has(t.lower)) link(speakers(t.start), t, 'pronoun');
      else if (pronounClass(t.lower)) link(resolvePronoun(ctx, i), t, 'pronoun');
    }
    for (const e of doc.entities) e.mentions.sort((a, b) => a.start - b.start);
  },
};

/** The content spans of the quotes whose source covers an offset. */
function sourceLookup(quotes: Quote[]): (offset: number) => readonly Span[] {
  const sourced = quotes.filter((q) => q.source).sort((a, b) => (a.source?.start ?? 0) - (b.source?.start ?? 0));
  return (offset) => {
    const out: Span[] = [];
    // Quotes sharing one source sit side by side after sorting: a few entries back suffice.
    const last = lowerBound(sourced, offset + 1, (q) => q.source?.start ?? 0) - 1;
    for (let k = last; k >= 0 && k > last - 6; k--) {
      const q = sourced[k];
      if (q.source && q.source.start <= offset && offset < q.source.end) out.push(...q.content);
    }
    return out;
  };
}

const FIRST_PERSON = new Set(['i', 'me', 'my', 'myself', 'mine']);

/** The speaker entity of the direct quote covering an offset. */
function speakerLookup(doc: Doc, direct: Quote[]): (offset: number) => Entity | null {
  const spans = direct.flatMap((q) => q.content.map((c) => ({ start: c.start, end: c.end, speaker: doc.entityById(q.speaker) ?? null }))).sort((a, b) => a.start - b.start);
  return (offset) => {
    const k = lowerBound(spans, offset + 1, (s) => s.start) - 1;
    return k >= 0 && offset < spans[k].end ? spans[k].speaker : null;
  };
}

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

function addMention(e: Entity, span: Span, form: 'pronoun' | 'description'): boolean {
  const key = `${span.start}:${span.end}`;
  if (added.has(key)) return false;
  added.add(key);
  e.mentions.push({ start: span.start, end: span.end, form, extractor: EXTRACTOR });
  return true;
}

/**
 * The speaker is the head of the source phrase: "One Lima-based trade lawyer" is a lawyer, not Lima;
 * "Norte Mining's lawyer" is not Norte Mining; "Norte Mining officials" are officials (measured on
 * news-wild dev: names before the head noun were as often wrong as right). When the parse heads the
 * source with a lower-case common noun, the names that may speak are the head and what follows it as
 * the same referent, appositions and flat or compound names ("the ambassador Ana Ruiz", "the lawyer,
 * Ana Ruiz,"), not "of" phrases or modifiers: the token offsets of those words. Null when any name in
 * the span may (a name or pronoun head, a capitalised title, or no parse).
 */
function speakerOffsets(doc: Doc, source: Span): number[] | null {
  const syn = doc.syntax;
  if (!syn) return null;
  const tokens = doc.tokens;
  const first = lowerBound(tokens, source.start, (t) => t.start);
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1].end <= source.end) last++;
  const roots: number[] = [];
  for (let k = first; k <= last; k++) if ((syn.head[k] < first || syn.head[k] > last) && syn.upos[k] !== 'PUNCT') roots.push(k);
  // A span the parse breaks into pieces, one of them a name ("Hungarian-American investor George
  // Soros" with "investor" hung on the verb): the parse cannot say which is the head.
  if (roots.length > 1 && roots.some((k) => syn.upos[k] === 'PROPN')) return null;
  const head = roots.length ? roots[0] : -1;
  // A capitalised head ("Ms" in "Ms Moreno", "President") is a title the name goes with.
  if (head < 0 || syn.upos[head] !== 'NOUN' || !/^\p{Ll}/u.test(tokens[head].norm)) return null;
  const out: number[] = [];
  for (let k = head; k <= last; k++) if (joinsHead(syn, k, head, first, last)) out.push(tokens[k].start);
  return out;
}

/** Relations by which a name is the head noun itself: "the ambassador Ana Ruiz". */
const SAME_REFERENT = new Set(['appos', 'flat', 'compound']);

function joinsHead(syn: NonNullable<Doc['syntax']>, k: number, head: number, first: number, last: number): boolean {
  for (let t = k, steps = 0; steps <= last - first; steps++) {
    if (t === head) return true;
    if (!SAME_REFERENT.has(syn.deprel[t].split(':')[0]) || t < first || t > last) return false;
    t = syn.head[t];
  }
  return false;
}

/**
 * A person's name that closes the source right after a title, with no preposition or possessive
 * before it: "China's ambassador to Britain Ana Ruiz" (the parse often hangs such a name on the
 * place before it). "A lawyer for Ana Ruiz" is the lawyer, not Ana Ruiz.
 */
function nameClosingSource(doc: Doc, source: Span, all: PlacedMention[]): Entity | null {
  const tokens = doc.tokens;
  const end = source.end - (/[,\s]$/.test(doc.text.slice(source.start, source.end)) ? 1 : 0);
  for (let k = lowerBound(all, source.start, (m) => m.start); k < all.length && all[k].start < source.end; k++) {
    const m = all[k];
    if (m.entity.type !== 'PERSON' || m.end < end - 1 || m.end > source.end) continue;
    const t = lowerBound(tokens, m.start, (x) => x.start) - 1;
    if (t < 0 || tokens[t].end <= source.start) return null;
    const before = tokens[t];
    const pos = doc.syntax?.upos[t];
    if (pos === 'ADP' || pos === 'PART' || before.norm === ',' || isPossessive(before.lower)) return null;
    return m.entity;
  }
  return null;
}

function resolveSource(doc: Doc, source: Span, index: ReturnType<typeof buildMentionIndex>, all: PlacedMention[]): Entity | null {
  // A name (or an already-linked description) inside the source span: the most person-like, then the first.
  let best: Entity | null = null;
  let bestKey = Infinity;
  const speaking = speakerOffsets(doc, source);
  for (let k = lowerBound(all, source.start - MAX_MENTION_LENGTH, (m) => m.start); k < all.length && all[k].start < source.end; k++) {
    const m = all[k];
    if (m.end <= source.start) continue;
    if (speaking && !speaking.some((at) => m.start <= at && at < m.end)) continue;
    // "His mother said": the possessor is not the speaker.
    if (m.end < source.end && isPossessive(doc.text.slice(m.start, m.end).toLowerCase())) continue;
    const key = (SPEAKER_TYPES[m.entity.type] ?? 9) * 1e9 + m.start;
    if (key < bestKey) { bestKey = key; best = m.entity; }
  }
  if (best) return best;
  if (speaking) {
    const named = nameClosingSource(doc, source, all);
    if (named) return named;
  }
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
