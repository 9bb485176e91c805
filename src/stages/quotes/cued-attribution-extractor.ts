// Builds one attribution per cue: the cue, its source, and its content. Forms handled:
//   SOURCE CUE [that] CONTENT                  Mr Trump said that he believed ...
//   SOURCE CUE [object] [channel] [time] that  Mr Putin said in televised comments that the US was “...”
//   SOURCE CUE: “QUOTE”                        Mark Rutte posted on X: “Thanks to ...”
//   CONTENT, SOURCE CUE [channel].             The pair agreed there was ..., Downing Street said.
//   “QUOTE,” SOURCE CUE / “QUOTE,” CUE SOURCE  “...,” Mr Trump said.  /  “...,” said Caddell.
//   A, SOURCE CUE, B                           This was happening, he said, “in order to ...”
//   NP, who/appositive, CUE                    Mr Zelenskyy, who was in London ..., conceded that ...
//   ..., CUE-ing that CONTENT                  ..., adding that a second meeting could ...
//   according to SOURCE, CONTENT / CONTENT, according to SOURCE
// Returns null (declines) when a part cannot be found.
import type { Span } from '../../core/span.js';
import { lowerBound } from '../../core/sorted.js';
import { quote, type Quote } from '../../core/records/quote.js';
import type { AttributionContext } from './attribution-context.js';
import { clauseFollows, cueAt, type CueKind } from './cue-finder.js';
import { cueScore } from './cue-model.js';
import { isWord, nounPhraseEndingAt, nounPhraseStartingAt, TEMPORAL } from './phrases.js';
import { channelAfter, type Channel } from './channel-extractor.js';
import { isQuoteMarkToken, parsedSubject, subjectAfterCue, subjectAfterQuotation, subjectOf, subjectWithAppositive } from './source-finder.js';
import {
  bareSubject, contentAfter, contentBefore, contentEnd, continuesWithContent, endsSentence, firstTokenAtOrAfter, middleTail,
  skipAdverbials, tokSpan,
} from './content-finder.js';

/**
 * Provenance by how the cue was found: a verb of the speech lexicon, a lexicon verb that needs a
 * clause after it, the learned cue model, a quotation in a naming verb's object, or "according to".
 */
const EXTRACTORS: Record<CueKind, string> = {
  strong: 'quotes.lexicon-cue.v1',
  weak: 'quotes.clause-cue.v1',
  learned: 'quotes.learned-cue.v1',
  according: 'quotes.according-to.v1',
};
const OBJECT_TAKING = new Set(['tell', 'ask', 'inform', 'assure', 'reassure', 'warn', 'remind', 'urge', 'advise', 'promise']);
const CLAUSE_OPENERS = new Set(['but', 'and', 'so', 'yet', 'meanwhile', 'however', 'still', 'now', 'instead', 'also', 'indeed', 'then', 'separately', 'later', 'earlier']);

export interface Attribution {
  quote: Quote;
  cueToken: number;
  sourceTokens: [number, number] | null;
  /** Found through the lexicon of speech verbs (strong) or only through the cue model (weaker). */
  kind?: CueKind;
}

export function extractCuedAttributions(ctx: AttributionContext): Attribution[] {
  const out: Attribution[] = [];
  const tokens = ctx.tokens;
  for (const sentence of ctx.doc.sentences) {
    const inSentence: Attribution[] = [];
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const kind = cueAt(ctx, i);
      if (!kind) continue;
      const a = kind === 'according'
        ? accordingTo(ctx, i, sentence.firstToken, sentence.endToken)
        : verbCue(ctx, i, kind, sentence.firstToken, sentence.endToken, inSentence);
      if (a) { a.kind = kind; a.quote.extractor = EXTRACTORS[kind]; clipEarlier(ctx, inSentence, a); inSentence.push(a); out.push(a); }
      if (kind === 'according') i++;
    }
  }
  dropSwallowing(ctx, out);
  for (const a of out) markConsumed(ctx, a.quote.content);
  for (const a of out) if (a.quote.direct || hasQuotation(ctx, a.quote.content) || contentBeforeCue(a)) continueQuotation(ctx, a);
  void tokens;
  return out;
}

/**
 * A content that swallows another attribution's cue and content ("released [a letter ... that says he
 * has “...”]") is dropped when its own cue is only a model guess, or when the inner one is itself
 * speech with a quotation: the inner attribution is the statement. Nested beliefs and plans under
 * speech verbs ("said [Obama hopes that ...]") stay.
 */
function dropSwallowing(ctx: AttributionContext, out: Attribution[]): void {
  const inside = (outer: Span[], s: Span) => outer.some((c) => c.start <= s.start && s.end <= c.end);
  const guess = (a: Attribution) => a.kind === 'learned' || a.kind === 'weak';
  // Candidates for "b nested in a" have b's cue inside a's content: look them up by cue position.
  const byCue = out.filter((b) => b.quote.cue !== null).sort((x, y) => (x.quote.cue as Span).start - (y.quote.cue as Span).start);
  const drop = new Set<Attribution>();
  for (const a of out) {
    for (const c of a.quote.content) {
      for (let k = lowerBound(byCue, c.start, (b) => (b.quote.cue as Span).start); k < byCue.length && (byCue[k].quote.cue as Span).start < c.end; k++) {
        const b = byCue[k];
        if (b === a || !inside(a.quote.content, b.quote.cue as Span) || !b.quote.content.every((x) => inside(a.quote.content, x))) continue;
        if (guess(a)) drop.add(a);
        else if (b.kind === 'strong' && hasQuotation(ctx, b.quote.content)) drop.add(a);
        // A model-guessed cue inside speech that carries a quotation is part of what was said.
        else if (guess(b) && hasQuotation(ctx, b.quote.content)) drop.add(b);
      }
    }
  }
  // Compacted in place: spreading the kept ones into push() overflows the stack past ~100k quotes.
  let n = 0;
  for (const a of out) if (!drop.has(a)) out[n++] = a;
  out.length = n;
}

export function hasQuotation(ctx: AttributionContext, content: Span[]): boolean {
  return content.some((c) => {
    const r = lowerBound(ctx.regions, c.start, (q) => q.open);
    return r < ctx.regions.length && ctx.regions[r].close <= c.end;
  });
}

/** Every quoted region inside a content span belongs to that attribution. */
function markConsumed(ctx: AttributionContext, content: Span[]): void {
  for (const c of content) {
    for (let r = lowerBound(ctx.regions, c.start, (q) => q.open); r < ctx.regions.length && ctx.regions[r].open < c.end; r++) {
      if (ctx.regions[r].contentEnd <= c.end) ctx.consumed.add(r);
    }
  }
}

/**
 * 'About his “protégé” he wrote, “...”': the words before the source are a fronted phrase (a
 * preposition and no verb), not what was said.
 */
function frontedPhrase(ctx: AttributionContext, start: number, stop: number): boolean {
  const tokens = ctx.tokens;
  if (stop < start || tokens[start]?.pos !== 'ADP') return false;
  for (let k = start; k <= stop; k++) if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return false;
  return true;
}

/** "A, he said." — the content ends before the cue, so a quotation after the cue's sentence goes on with it. */
function contentBeforeCue(a: Attribution): boolean {
  const cue = a.quote.cue;
  return cue !== null && a.quote.content[a.quote.content.length - 1].end <= cue.start;
}

/**
 * “A,” said X. “B.” — a quotation that resumes in the next sentence of the same paragraph, with no
 * cue of its own, continues the attribution.
 */
function continueQuotation(ctx: AttributionContext, a: Attribution): void {
  const tokens = ctx.tokens;
  for (;;) {
    const last = a.quote.content[a.quote.content.length - 1];
    const cueEnd = a.quote.cue ? a.quote.cue.end : last.end;
    const from = Math.max(last.end, cueEnd);
    // Only regions in the same paragraph can continue it; stop scanning at the paragraph end.
    const paragraphEnd = ctx.text.indexOf('\n', from) < 0 ? ctx.text.length : ctx.text.indexOf('\n', from);
    let r = lowerBound(ctx.regions, from, (q) => q.open);
    // Quoted titles or terms left in the cue's own sentence ("said on CNBC's “Trading Nation”") are passed over.
    const cueSentenceEnd = ctx.doc.sentences[tokens[Math.min(tokens.length - 1, firstTokenAtOrAfter(tokens, from, 0))].sentence]?.end ?? from;
    while (r < ctx.regions.length && (ctx.consumed.has(r) || ctx.regions[r].close <= cueSentenceEnd) && ctx.regions[r].open < paragraphEnd) r++;
    if (r >= ctx.regions.length || ctx.consumed.has(r)) return;
    const q = ctx.regions[r];
    if (ctx.text.slice(from, q.open).includes('\n')) return;
    // Only the rest of the cue's sentence may lie between ("said Mr X, the company's chief." / ", he
    // added, although ..."): the quotation opens the next sentence.
    const firstTok = firstTokenAtOrAfter(tokens, from, 0);
    const openTok = firstTokenAtOrAfter(tokens, q.open, firstTok);
    if (openTok >= tokens.length || firstTok >= tokens.length) return;
    const sentence = tokens[openTok].sentence;
    const s = ctx.doc.sentences[sentence];
    if (tokens[s.firstToken].start !== q.open && s.firstToken !== openTok) return;
    if (sentence - tokens[Math.max(0, firstTok - 1)].sentence > 1) return;
    // The new sentence must not carry its own cue outside the quotation.
    for (let k = s.firstToken; k < s.endToken; k++) if (ctx.inQuote[k] < 0 && cueAt(ctx, k)) return;
    ctx.consumed.add(r);
    a.quote.content.push({ start: q.open, end: q.close });
  }
}

/**
 * A later attribution in the same sentence ends an earlier content that runs into it:
 *   "X told police that ..., the source added"      -> the earlier content stops at the comma
 *   "X said the politics ... — and he noted that"    -> it stops before "— and"
 *   "X said it was ..., arguing that"                -> it stops before ", arguing"
 */
const CLAUSE_LINKS = new Set([',', ';', '—', '–', '-', '--', 'and', 'but', 'while', 'yet']);

function clipEarlier(ctx: AttributionContext, earlier: Attribution[], a: Attribution): void {
  const tokens = ctx.tokens;
  const first = Math.min(a.sourceTokens ? a.sourceTokens[0] : a.cueToken, a.cueToken);
  if (first < 1) return;
  const firstStart = tokens[first].start;
  let b = first;
  while (b - 1 >= 0 && (CLAUSE_LINKS.has(tokens[b - 1].lower) || ctx.closesRegion[b - 1] >= 0)) b--;
  if (b === first) return; // no clause boundary right before the later attribution
  const cut = tokens[b].start;
  for (const e of earlier) {
    const last = e.quote.content[e.quote.content.length - 1];
    if (last.start < cut && last.end > firstStart) last.end = tokens[b - 1].end;
  }
}

/** First token of the clause the sentence opens with, skipping "But", "Meanwhile," and the like. */
function clauseStart(ctx: AttributionContext, first: number, limit: number): number {
  let s = first;
  while (s < limit && (CLAUSE_OPENERS.has(ctx.tokens[s].lower) || ctx.tokens[s].norm === ',')) s++;
  return s;
}

// ---- cue forms ---------------------------------------------------------------------------------

function accordingTo(ctx: AttributionContext, i: number, first: number, end: number): Attribution | null {
  const tokens = ctx.tokens;
  const npStart = i + 2;
  const npEnd = nounPhraseStartingAt(tokens, npStart, end);
  if (npEnd < 0) return null;
  const cue = tokSpan(tokens, i, i + 2);
  const source = tokSpan(tokens, npStart, npEnd);
  let content: Span[] | null = null;
  const start = clauseStart(ctx, first, end);
  if (i === start && tokens[npEnd]?.norm === ',') {
    const cEnd = contentEnd(ctx, npEnd + 1, end);
    if (cEnd > npEnd + 1) content = [tokSpan(tokens, npEnd + 1, cEnd)];
  } else if (i > start && tokens[i - 1].norm === ',') {
    content = contentBefore(ctx, start, i - 1);
  }
  if (!content) return null;
  return make(ctx, content, cue, source, i, [npStart, npEnd], null);
}

function verbCue(ctx: AttributionContext, i: number, kind: CueKind, first: number, end: number, earlier: Attribution[]): Attribution | null {
  const tokens = ctx.tokens;
  const cue = cueSpan(ctx, i, end);
  const prev = tokens[i - 1];
  const start = clauseStart(ctx, first, end);

  // "..., said Mr Trump" / "“...,” said Caddell": the source follows the cue, unless the parse puts
  // its subject before it and that subject is a name or a pronoun, or the cue takes a person as
  // object ("X, a senior analyst, told Business Insider that ...", "X, the foreign minister, said
  // North Korea's ..."). A common noun there may be the content's own subject ("The key, says X, is").
  const subjectBefore = !!ctx.view?.childrenWith(i, ['nsubj', 'csubj']).some((s) => s < i && ctx.inQuote[s] < 0 &&
    (OBJECT_TAKING.has(tokens[i].lemma) || ctx.view?.upos(s) === 'PROPN' || ctx.view?.upos(s) === 'PRON'));
  if (prev && i > first && !subjectBefore && (prev.norm === ',' || ctx.closesRegion[i - 1] >= 0)) {
    let npEnd = nounPhraseStartingAt(tokens, i + 1, end);
    if (npEnd < 0) npEnd = subjectAfterCue(ctx, i, end);
    if (npEnd > i + 1 && !tokens[i + 1].lower.match(/^(?:that|the)$/) || npEnd === i + 2 && tokens[i + 1].pos === 'PRON') {
      const after = tokens[npEnd];
      if (!after || after.sentence !== tokens[i].sentence || [',', '.', ':', ';'].includes(after.norm) || after.pos === 'ADP' || ctx.opensRegion[npEnd] >= 0) {
        const content = contentBefore(ctx, start, i - (prev.norm === ',' && ctx.closesRegion[i - 2] < 0 ? 1 : 1));
        if (content) {
          const channel = channelAfter(ctx, npEnd, end);
          // After "said Mr X," only a quotation resumes the content, or the rest of a clause whose
          // subject came before ("The key, says Ana Ruiz, is ..."); other words are an appositive.
          const bare = bareSubject(ctx, start, i - 1);
          const tail = middleTail(ctx, channel ? channel.next : npEnd, end, !bare, bare);
          return make(ctx, tail ? [...content, tail] : content, cue, tokSpan(tokens, i + 1, npEnd), i, [i + 1, npEnd], channel);
        }
      }
    }
  }

  // Find the source before the cue, skipping auxiliaries, adverbs and time phrases.
  let k = i - 1;
  let skipped = 0;
  while (k >= start && skipped < 5 && tokens[k].lower !== 'to' && (TEMPORAL.has(tokens[k].lower) && tokens[k].pos !== 'PROPN' || tokens[k].pos === 'ADV' || tokens[k].pos === 'AUX' || tokens[k].pos === 'PART' && tokens[k].norm !== "'s")) { k--; skipped++; }
  let sourceTokens: [number, number] | null = null;
  let sourceSpan: Span | null = null;
  let inherited = false;
  // Passive with an agent: "The issue was first reported by The Washington Post."
  if (tokens[i + 1]?.lower === 'by' && tokens.slice(k + 1, i).some((t) => t.lemma === 'be')) {
    const agentEnd = nounPhraseStartingAt(tokens, i + 2, end);
    const subject = subjectOf(ctx, start, k + 1);
    if (agentEnd > i + 2 && subject) {
      return make(ctx, [tokSpan(tokens, subject[0], subject[1])], tokSpan(tokens, i, i + 2), tokSpan(tokens, i + 2, agentEnd), i, [i + 2, agentEnd], null);
    }
  }
  const afterQuotation = subjectAfterQuotation(ctx, i, start, k);
  if (afterQuotation) {
    sourceTokens = afterQuotation;
  } else if (k >= start && (tokens[k].lower === 'to' || tokens[k].lower === 'and' || tokens[k].lower === 'or')) {
    // "Trump took to Twitter to accuse ...", "Trump tweeted ... and encouraged ...": the subject of the
    // main clause (or of the attribution before) speaks.
    const main = earlier[earlier.length - 1];
    if (main && main.sourceTokens) { sourceSpan = main.quote.source; sourceTokens = main.sourceTokens; }
    else sourceTokens = subjectOf(ctx, start, k);
    inherited = true;
  } else if (k >= start && tokens[k].norm === ',') {
    // Participle after a main clause ("..., adding that"): the main clause's source speaks.
    if (/ing$/.test(tokens[i].lower)) {
      const main = earlier[earlier.length - 1];
      if (main) { sourceSpan = main.quote.source; sourceTokens = main.sourceTokens; }
      else sourceTokens = subjectOf(ctx, start, k);
      inherited = true;
    } else {
      // "Mr Zelenskyy, who was in London ..., conceded": the sentence subject with its appositive.
      const subj = subjectOf(ctx, start, k);
      const parsed = subjectWithAppositive(ctx, i, start, k);
      if (subj && tokens[subj[1]]?.norm === ',') { sourceTokens = subj; sourceSpan = tokSpan(tokens, subj[0], k + 1); }
      // "..., but General Ana Ruiz, chief of staff, told reporters that": the parse's subject of the cue.
      else if (parsed) { sourceTokens = parsed; sourceSpan = tokSpan(tokens, parsed[0], k + 1); }
    }
  } else if (k >= start) {
    const npStart = nounPhraseEndingAt(tokens, k, start);
    if (npStart >= 0) sourceTokens = [npStart, k + 1];
    // The parse's subject when it ends where the surface noun phrase does and reaches further back:
    // "the 14th-seeded Ana Ruiz said", "Pedro Gil, chief executive of Norte Mining, adds".
    const parsed = parsedSubject(ctx, i, start, k);
    if (parsed && (!sourceTokens || parsed[0] < sourceTokens[0])) sourceTokens = parsed;
  }
  if (!sourceTokens && /ing$/.test(tokens[i].lower) && k >= start && tokens[k].norm === ',') return null;
  // Passive "it was announced", "is expected": no speaker is named.
  if (sourceTokens && sourceTokens[1] - sourceTokens[0] === 1 && tokens[sourceTokens[0]].lower === 'it' && /^(?:was|is|has been|had been|been|be)$/.test(tokens[i - 1].lower)) return null;
  // A source never reaches back into quoted text or its marks: ''... 2025'' Foreign Minister X said.
  if (sourceTokens) {
    let s0 = sourceTokens[0];
    for (let q = sourceTokens[1] - 1; q >= sourceTokens[0]; q--) {
      if (ctx.inQuote[q] >= 0 || ctx.closesRegion[q] >= 0 || ctx.opensRegion[q] >= 0 || isQuoteMarkToken(tokens[q])) { s0 = q + 1; break; }
    }
    if (s0 >= sourceTokens[1]) { sourceTokens = null; sourceSpan = null; }
    else if (s0 !== sourceTokens[0]) { sourceTokens = [s0, sourceTokens[1]]; sourceSpan = null; }
  }
  if (sourceTokens && !sourceSpan) sourceSpan = tokSpan(tokens, sourceTokens[0], sourceTokens[1]);
  if (!sourceTokens) return null;

  // Content before: "CONTENT, SOURCE CUE." / "“QUOTE,” SOURCE CUE."
  const beforeSource = sourceTokens[0] - 1;
  const cueEndTok = firstTokenAtOrAfter(tokens, cue.end, i + 1);
  const channel = channelAfter(ctx, cueEndTok, end);
  const afterCue = channel ? channel.next : skipAdverbials(ctx, cueEndTok, end);
  // "“...,” Warren told Stumpf." / "..., he told reporters on Friday.": the object and time phrases
  // may follow the cue before the sentence ends.
  let afterObject = afterCue;
  if (OBJECT_TAKING.has(tokens[i].lemma) && ctx.opensRegion[afterCue] < 0) {
    const objEnd = nounPhraseStartingAt(tokens, afterCue, end);
    if (objEnd > afterCue) {
      const ch = channelAfter(ctx, objEnd, end);
      afterObject = ch ? ch.next : skipAdverbials(ctx, objEnd, end);
    }
  }
  // A quotation closing right before the source ("“...,” she said several months later") is the
  // content whatever follows the cue.
  const closesBefore = beforeSource >= 0 && (ctx.closesRegion[beforeSource] >= 0 || (tokens[beforeSource].norm === ',' && beforeSource > 0 && ctx.closesRegion[beforeSource - 1] >= 0));
  // Same sentence, or a short sentence right after the quotation: “... .” Clinton said.
  const quoteBefore = closesBefore && (!clauseFollows(ctx, afterObject) || endsSentence(ctx, afterObject)) && (tokens[beforeSource].sentence === tokens[i].sentence ||
    (sourceTokens[0] === start && tokens[beforeSource].sentence === tokens[i].sentence - 1 && !continuesWithContent(ctx, afterObject, end)));
  // A participle ("..., adding that ...") takes its content after it: what precedes belongs to the main cue.
  if (!inherited && !frontedPhrase(ctx, start, beforeSource) && (beforeSource >= start || quoteBefore) && (quoteBefore || tokens[beforeSource].norm === ',' && (!continuesWithContent(ctx, afterCue, end) || !continuesWithContent(ctx, afterObject, end)))) {
    const content = contentBefore(ctx, start, beforeSource);
    if (content) {
      const tail = middleTail(ctx, afterCue, end, false, bareSubject(ctx, start, beforeSource));
      return make(ctx, tail ? [...content, tail] : content, cue, sourceSpan, i, sourceTokens, channel);
    }
  }
  // Content after the cue.
  let j = afterCue;
  if (OBJECT_TAKING.has(tokens[i].lemma) && ctx.opensRegion[j] < 0) {
    const objEnd = nounPhraseStartingAt(tokens, j, end);
    if (objEnd > j) {
      const ch = channelAfter(ctx, objEnd, end);
      j = ch ? ch.next : skipAdverbials(ctx, objEnd, end);
    }
  }
  // "says of Clinton, “...”", "said at a stop in Toledo, Ohio, that ...": a phrase before "that" or a quotation.
  if (tokens[j]?.pos === 'ADP' && tokens[j].lower !== 'that') {
    for (let m = j + 1; m < Math.min(end, j + 15); m++) {
      if (tokens[m].pos === 'VERB' || tokens[m].pos === 'AUX') break;
      if (tokens[m].lower === 'that' || ctx.opensRegion[m] >= 0) { j = m; break; }
    }
  }
  if (kind === 'weak' && !(tokens[j]?.lower === 'that' || ctx.opensRegion[j] >= 0) && j !== i + 1) return null;
  if (tokens[j]?.norm === ':' || tokens[j]?.norm === ',') j++;
  const content = contentAfter(ctx, j, end);
  if (!content) return null;
  return make(ctx, content, cue, sourceSpan, i, sourceTokens, channel);
}

/**
 * The cue's span: the verb, plus a particle or preposition the cue model reads as part of it
 * ("called for", "pointed out"), plus a colon that introduces the content ("said:").
 */
function cueSpan(ctx: AttributionContext, i: number, end: number): Span {
  const tokens = ctx.tokens;
  let e = i + 1;
  if (e < end && (tokens[e].pos === 'ADP' || tokens[e].pos === 'PART') && tokens[e].lower !== 'that' && ctx.opensRegion[e] < 0 && !channelAfter(ctx, e, end) && cueScore(ctx, e) > 0) e++;
  if (e < end && tokens[e].norm === ':') e++;
  // Auxiliaries, negation and adverbs right before the verb are part of the cue, as PolNeAR marks it
  // ("has said", "also said", "is expected", "did not respond").
  let b = i;
  while (b - 1 >= 0 && tokens[b - 1].sentence === tokens[i].sentence && (tokens[b - 1].pos === 'AUX' || tokens[b - 1].lower === 'not' || tokens[b - 1].lower === "n't" || tokens[b - 1].pos === 'ADV' && /ly$|^(?:also|still|never|already|just|even|again|repeatedly|often)$/.test(tokens[b - 1].lower))) b--;
  return tokSpan(tokens, b, e);
}

function make(ctx: AttributionContext, content: Span[], cue: Span, source: Span | null, cueToken: number, sourceTokens: [number, number] | null, channel: Channel | null): Attribution {
  const direct = content.every((c) => ctx.regions.some((q) => q.open === c.start && q.close === c.end));
  return {
    quote: quote({ content, cue, source, direct, channel: channel?.span ?? null, extractor: EXTRACTORS.strong }),
    cueToken,
    sourceTokens,
  };
}

export { isWord };
