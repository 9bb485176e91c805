// Token-level phrase helpers for attribution: noun phrases (sources), skippable adverbials between a
// source and its cue, and the clause boundaries of content. They work on token indices.
import type { Token } from '../../core/records/token.js';

export const PRONOUN_SOURCES = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'who', 'you', 'which', 'that']);
const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);
const NP_INNER = new Set(["'s", "'", '-', '&', 'of', 'for', 'on', '.']);
export const TEMPORAL = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'earlier', 'later', 'recently',
  'previously', 'day', 'days', 'weeks', 'months', 'years', 'ago', 'last', 'this', 'next', 'also', 'again', 'then',
  'now', 'once', 'already', 'repeatedly', 'publicly', 'privately', 'often', 'frequently', 'simply', 'flatly',
  'reportedly', 'allegedly', 'apparently', 'clearly', 'quickly', 'immediately', 'first', 'finally', 'further',
  'still', 'even', 'just', 'long', 'never', 'always', 'has', 'have', 'had', 'would', 'will', 'could', 'may',
  'might', 'did', 'does', 'do', 'not', "n't", 'been', 'being', 'is', 'was', 'were', 'are', 'be', 'should',
  'must', 'can', 'late', 'early', 'tuesday', 'january', 'february', 'march', 'april', 'june',
  'july', 'august', 'september', 'october', 'november', 'december', 'sept.', 'oct.', 'nov.', 'dec.', 'jan.',
  'feb.', 'aug.', 'however', 'too', 'both', 'all', 'herself', 'himself', 'themselves', 'openly', 'angrily',
  'bluntly', 'confidently', 'firmly', 'emphatically', 'candidly', 'privately', 'separately', 'subsequently',
]);

export function isWord(t: Token | undefined, ...words: string[]): boolean {
  return t !== undefined && words.includes(t.lower);
}

/** Start index of the noun phrase that ends at token `last` (inclusive), or -1. */
export function nounPhraseEndingAt(tokens: Token[], end: number, floor: number): number {
  let last = end;
  // "Sen. David Perdue (R-Ga.)": a parenthesis after the name belongs to the source. A loop, not
  // recursion: a text of 100,000 "(x)" in a row must not set the stack's depth.
  while (tokens[last]?.norm === ')') {
    let open = last - 1;
    while (open > floor && tokens[open].norm !== '(' && last - open < 8) open--;
    if (tokens[open]?.norm !== '(' || open - 1 < floor) return -1;
    last = open - 1;
  }
  const head = tokens[last];
  if (!head) return -1;
  if (PRONOUN_SOURCES.has(head.lower) && head.pos === 'PRON') return last;
  if (head.lower === 'who' || head.lower === 'which') return last;
  if (!(head.pos === 'PROPN' || isCapitalisedWord(head) || head.pos === 'NOUN' || head.pos === 'NUM' || (head.pos === 'ADJ' && /^\p{Lu}/u.test(head.norm)) || (head.pos === 'PRON' && /^(?:some|many|others|both|all|everyone|nobody|someone|few|most|several|none)$/.test(head.lower)))) return -1;
  let s = last;
  while (s - 1 >= floor) {
    const t = tokens[s - 1];
    if (t.lineBefore && s - 1 > floor && tokens[s].lineBefore) break;
    if (NP_POS.has(t.pos) || isCapitalisedWord(t) || NP_INNER.has(t.lower) || (t.pos === 'PRON' && /^(?:his|her|their|its|our|my|your)$/.test(t.lower)) || t.pos === 'PART' && t.norm === "'s") {
      // Time words end the phrase ("on Thursday"), except inside compounds ("34-year-old").
      if (TEMPORAL.has(t.lower) && t.pos !== 'PROPN' && t.pos !== 'DET' && t.pos !== 'ADJ' && tokens[s]?.norm !== '-') break;
      if (t.lower === '.' && !/\.$/.test(tokens[s - 2]?.norm ?? '')) break;
      s--;
      continue;
    }
    break;
  }
  // Do not start on a connector, a preposition or a relative word ("which state news media").
  while (s < last && (NP_INNER.has(tokens[s].lower) || tokens[s].pos === 'ADP' || /^(?:which|that|whose|whom|what)$/.test(tokens[s].lower))) s++;
  // A determiner later in the phrase starts it: "meddling the California congressman", "Maybe this pair".
  if (tokens[s].pos !== 'DET' && tokens[s].pos !== 'PROPN' && !/^\p{Lu}/u.test(tokens[s].norm)) {
    for (let d = s + 1; d < last && tokens[d].lower !== 'of'; d++) {
      if (tokens[d].pos === 'DET') { s = d; break; }
    }
  }
  return s;
}

/** End (exclusive) of the noun phrase that starts at token `first`, or -1. */
export function nounPhraseStartingAt(tokens: Token[], first: number, ceiling: number): number {
  const t0 = tokens[first];
  if (!t0) return -1;
  if (t0.pos === 'PRON' && PRONOUN_SOURCES.has(t0.lower)) return first + 1;
  let e = first;
  let sawHead = false;
  while (e < ceiling) {
    const t = tokens[e];
    if (e > first && t.lineBefore) break;
    if (NP_POS.has(t.pos) || (isCapitalisedWord(t) && !TEMPORAL.has(t.lower)) || (e > first && NP_INNER.has(t.lower) && e + 1 < ceiling && NP_POS.has(tokens[e + 1].pos)) || (t.pos === 'PRON' && /^(?:his|her|their|its)$/.test(t.lower))) {
      if (TEMPORAL.has(t.lower) && t.pos !== 'PROPN' && sawHead) break;
      if (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'NUM' || isCapitalisedWord(t)) sawHead = true;
      e++;
      continue;
    }
    break;
  }
  return sawHead ? e : -1;
}

/** A capitalised word mid-sentence: part of a name whatever wink tagged it ("Downing/VERB Street"). */
function isCapitalisedWord(t: Token): boolean {
  return t.type === 'word' && /^\p{Lu}/u.test(t.norm) && t.pos !== 'PRON';
}
