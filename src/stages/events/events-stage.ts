// Events stage: CAMEO-coded events from verb and noun triggers, with actor, target, place, date,
// amount (pledges and aid) and the quote that asserts the event when it is reported speech.
import type { Doc } from '../../core/document.js';
import type { Entity } from '../../core/records/entity.js';
import type { StoryEvent } from '../../core/records/event.js';
import type { Span } from '../../core/span.js';
import type { Stage } from '../../core/stage.js';
import { lowerBound, spanMembership } from '../../core/sorted.js';
import { buildMentionIndex, salientBefore } from '../coref/salience.js';
import { ArgumentFinder, type EventArguments } from './event-arguments.js';
import { getCameoLexicon } from './cameo-lexicon.js';
import { MentionLocator } from './mention-locator.js';

const AMOUNT_CODES = /^0(3|7)/; // pledges and aid carry their amount
const OBJECT_WINDOW = 6;

export const eventsStage: Stage = {
  name: 'events.rules',
  requires: ['tokens', 'sentences', 'syntax', 'entities', 'quotes', 'dates', 'amounts'],
  assigns: ['events'],
  // Actors named only by a description become entities of their own.
  modifies: ['entities'],
  run(doc: Doc) {
    const lex = getCameoLexicon();
    const tokens = doc.tokens;
    const quoted = spanMembership(doc.quotes.filter((q) => q.direct).flatMap((q) => q.content));
    const index = buildMentionIndex(doc, quoted, new Set(['PERSON']));
    const mentions = new MentionLocator(doc);
    const args = new ArgumentFinder(doc, mentions, (offset) => salientBefore(doc, index, offset));
    const events: StoryEvent[] = [];
    const quoteAt = quoteLocator(doc);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      let code: string | undefined;
      let found: EventArguments | null = null;
      let received = false;
      // An unnamed group as subject ("Protesters gathered", "Police detained 12 people") keeps the
      // event without a named actor.
      let unnamed = false;
      if (t.pos === 'VERB' && lex.received.has(t.lemma) && amountAfter(doc, i)) {
        // "Kyiv secured $1.5 billion from its European allies": the subject receives, "from" gives.
        code = lex.received.get(t.lemma);
        const found0 = args.forVerb(i, code as string);
        const donor = args.donorAfter(i);
        found = { actors: donor ? [donor] : [], target: found0.actors[0] ?? null, place: found0.place };
        received = true;
      } else if (t.pos === 'VERB') {
        const verb = lex.verbs.get(t.lemma);
        if (!verb && !lex.protestVerbs.has(t.lemma)) continue; // most verbs: no subject to look for
        const group = args.unnamedSubject(i);
        if (group && lex.protestingGroups.has(group) && lex.protestVerbs.has(t.lemma)) {
          code = t.lemma === 'protest' ? '140' : '141';
        } else {
          if (!verb || (verb.objects && !objectMatches(doc, i, verb.objects))) continue;
          code = verb.code;
        }
        found = args.forVerb(i, code);
        unnamed = group !== null && (lex.actingGroups.has(group) || lex.protestingGroups.has(group));
      } else if (t.pos === 'NOUN' || t.pos === 'PROPN') {
        code = lex.nouns.get(t.lower);
        if (!code) continue;
        found = args.forNoun(i, code);
        if (found.actors.length === 0 && !found.target) continue; // "the meeting" alone says too little
      } else continue;
      if (!code || !found) continue;
      if (found.actors.length === 0 && !found.target && !found.place && !unnamed) continue;
      const amount = AMOUNT_CODES.test(code) ? amountAfter(doc, i) : null;
      const after = amount ? pledgeDetails(doc, i, mentions) : { recipient: null, purpose: null };
      if (after.recipient && !found.target && !received) found = { ...found, target: after.recipient };
      // "A and B met": a meeting of two named sides is one's with the other.
      const sides = found.actors;
      const mutual = code.startsWith('04') && !found.target && sides.length >= 2;
      for (const actor of sides.length > 0 ? sides : [null]) {
        const target = mutual ? (sides.find((a) => a !== actor) ?? null) : found.target;
        events.push({
          kind: 'event',
          id: '',
          type: code,
          label: lex.label(code),
          trigger: { start: t.start, end: t.end },
          actor: actor?.id ?? null,
          target: target?.id ?? null,
          place: found.place?.id ?? null,
          date: dateIn(doc, t.sentence),
          amount,
          purpose: after.purpose,
          quote: quoteAt(t.start),
          extractor: 'events.rules.v1',
        });
      }
    }
    events.forEach((e, k) => { e.id = `v${k + 1}`; });
    doc.events = events;
  },
};

/** The verb's object head is one of `objects` ("fired dozens of drones", "sent weapons"). */
function objectMatches(doc: Doc, i: number, objects: Set<string>): boolean {
  const tokens = doc.tokens;
  for (let k = i + 1; k < Math.min(tokens.length, i + 1 + OBJECT_WINDOW); k++) {
    if (tokens[k].sentence !== tokens[i].sentence || tokens[k].pos === 'VERB') return false;
    if (objects.has(tokens[k].lower) || objects.has(tokens[k].lemma)) return true;
  }
  return false;
}

/** The first amount after the trigger in its sentence: "pledged $500 million". */
function amountAfter(doc: Doc, i: number): { value: number; unit: string } | null {
  const t = doc.tokens[i];
  const sentence = doc.sentences[t.sentence];
  const k = lowerBound(doc.amounts, t.end, (a) => a.start);
  const a = doc.amounts[k];
  if (!a || a.start >= sentence.end) return null;
  // Not past the next clause: "pledged $500 million and Germany committed another $500 million"
  const between = doc.text.slice(t.end, a.start);
  if (/[;.]|\band\b/.test(between)) return null;
  return { value: a.value, unit: a.unit };
}

/**
 * After a pledged amount: the recipient ("$30 million to Valdoria", "for Ukraine") and the purpose
 * ("to purchase US weapons", "for flood defences"), up to the end of the clause.
 */
function pledgeDetails(doc: Doc, i: number, mentions: MentionLocator): { recipient: Entity | null; purpose: Span | null } {
  const tokens = doc.tokens;
  const t = tokens[i];
  const a = doc.amounts[lowerBound(doc.amounts, t.end, (x) => x.start)];
  let k = lowerBound(tokens, a.end, (x) => x.start);
  let recipient: Entity | null = null;
  let purpose: Span | null = null;
  for (; k < tokens.length && tokens[k].sentence === t.sentence; k++) {
    const w = tokens[k];
    if (w.norm === ',' || w.norm === ';' || w.norm === '.' || w.lower === 'and' || w.lower === 'but') break;
    if ((w.lower === 'to' || w.lower === 'for') && tokens[k + 1]) {
      const m = mentions.at(tokens[k + 1].start) ?? (tokens[k + 1].pos === 'DET' ? mentions.at(tokens[k + 2]?.start ?? -1) : undefined);
      if (m && !recipient && (m.entity.type === 'GPE' || m.entity.type === 'ORG' || m.entity.type === 'PERSON')) { recipient = m.entity; continue; }
      if (w.lower === 'to' && tokens[k + 1].pos !== 'VERB') continue;
      // The purpose runs to the end of the clause.
      let e = k + 1;
      while (e < tokens.length && tokens[e].sentence === t.sentence && ![',', ';', '.', '!', '?'].includes(tokens[e].norm)) e++;
      purpose = { start: w.start, end: tokens[e - 1].end };
      break;
    }
  }
  return { recipient, purpose };
}

/** The first resolved date in the sentence, if any. */
function dateIn(doc: Doc, sentence: number): string | null {
  const s = doc.sentences[sentence];
  for (let k = lowerBound(doc.dates, s.start, (d) => d.start); k < doc.dates.length && doc.dates[k].start < s.end; k++) {
    if (doc.dates[k].value) return doc.dates[k].value;
  }
  return null;
}

/** The id of the quote whose content contains an offset (the innermost when quotes nest); looks back
 * 5,000 characters, longer than any quotation fragment in the dev data. */
function quoteLocator(doc: Doc): (offset: number) => string | null {
  const spans = doc.quotes.flatMap((q) => q.content.map((c) => ({ start: c.start, end: c.end, id: q.id }))).sort((a, b) => a.start - b.start);
  return (offset) => {
    let best: { start: number; end: number; id: string } | null = null;
    for (let k = lowerBound(spans, offset + 1, (s) => s.start) - 1; k >= 0 && k >= lowerBound(spans, offset - 5000, (s) => s.start); k--) {
      const s = spans[k];
      if (s.start <= offset && offset < s.end && (!best || s.end - s.start < best.end - best.start)) best = s;
    }
    return best?.id ?? null;
  };
}
