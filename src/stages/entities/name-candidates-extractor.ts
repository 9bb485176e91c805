// Finds proper-name candidates from runs of capitalised tokens and splits each run into its parts:
//   [qualifier] [title words] [honorific] name     "Russian President Vladimir Putin", "Nato Secretary
//                                                  General Mark Rutte", "Mr Putin", "Prime Minister Keir Starmer"
//   organisation names with inner connectors        "Institute for Science and International Security"
//   hyphenated names                                "Hong Yong-pyo" (but "US-made" stays "US")
// Runs made of a qualifier and title alone ("the Ukrainian President") become descriptions for coreference.
import type { Doc } from '../../core/document.js';
import type { Token } from '../../core/records/token.js';
import type { Lexicon } from './lexicon.js';
import { isCapWord, isLowerWord, isTitleWord, NAME_PARTICLES } from './token-tests.js';

export interface NameCandidate {
  /** Token range of the bare name. */
  first: number;
  end: number;
  /** Token where the mention starts (the honorific when there is one). */
  mentionFirst: number;
  honorific: boolean;
  /** Token range of a title written before the name, if any. */
  title: [number, number] | null;
  /** Token range of the qualifier before the title ("Russian", "Nato", "Ukraine" of "Ukraine's"). */
  qualifier: [number, number] | null;
  /** The run is a qualifier + title with no name: "the Ukrainian President". */
  description: boolean;
}

const CONNECTORS = new Set(['of', 'for', 'and', '&', 'the', 'de', 'on']);
// Heads whose portfolio is named by any capitalised word before them.
const PORTFOLIO_HEADS = new Set(['minister', 'secretary', 'commissioner', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'chief', 'adviser', 'advisor']);

function adjacentWords(tokens: Token[], j: number): boolean {
  return tokens[j].spaceBefore && tokens[j + 1].spaceBefore;
}
// Lower-case halves that make a hyphenated compound, not a name: "US-made", "Kremlin-backed".
const COMPOUND_SUFFIXES = new Set([
  'made', 'based', 'led', 'backed', 'born', 'style', 'era', 'run', 'owned', 'funded', 'controlled', 'occupied',
  'held', 'friendly', 'related', 'bound', 'linked', 'like', 'wide', 'allied', 'leaning', 'supported', 'affiliated',
  'sponsored', 'built', 'designed', 'brokered', 'installed', 'appointed', 'majority', 'minority', 'specific',
  'only', 'free', 'centric', 'esque', 'ish', 'type', 'class', 'level', 'elect',
]);

export function extractNameCandidates(doc: Doc, lex: Lexicon): NameCandidate[] {
  const out: NameCandidate[] = [];
  const tokens = doc.tokens;
  for (const sentence of doc.sentences) {
    let i = sentence.firstToken;
    const end = sentence.endToken;
    while (i < end) {
      if (!isCapWord(tokens[i])) { i++; continue; }
      const runEnd = extendRun(tokens, i, end, lex);
      splitRun(doc, tokens, i, runEnd, sentence.firstToken, lex, out);
      i = runEnd;
    }
  }
  return out;
}

function adjacent(a: Token, b: Token): boolean {
  return a.end === b.start;
}

function extendRun(tokens: Token[], start: number, end: number, lex: Lexicon): number {
  let j = start + 1;
  let hasOrgKeyword = lex.orgKeywords.has(tokens[start].lower);
  while (j < end) {
    const t = tokens[j];
    if (tokens[j - 1].lineBefore && j - 1 !== start) break;
    if (t.lineBefore) break;
    // "Raleigh, N.C. Clinton said": a place abbreviation ending in a full stop may end the sentence.
    const prev = tokens[j - 1];
    if (/\.$/.test(prev.norm) && (lex.places.has(prev.lower) || lex.countries.has(prev.lower))) break;
    if (isCapWord(t)) {
      hasOrgKeyword ||= lex.orgKeywords.has(t.lower);
      j++;
      continue;
    }
    // Lower-case particles inside a person's name: "Marieke de Vries", "Ludwig van Beethoven".
    if (NAME_PARTICLES.has(t.norm) && j + 1 < end && isCapWord(tokens[j + 1]) && !lex.stopNames.has(tokens[j + 1].lower) && !hasOrgKeyword && adjacentWords(tokens, j)) {
      j++;
      continue;
    }
    // Hyphenated name part: "Yong-pyo", "Saint-Exupery".
    if (t.norm === '-' && j + 1 < end && adjacent(tokens[j - 1], t) && adjacent(t, tokens[j + 1])) {
      const next = tokens[j + 1];
      if (isCapWord(next) || (isLowerWord(next) && !COMPOUND_SUFFIXES.has(next.lower) && next.norm.length <= 5)) {
        j += 2;
        continue;
      }
      break;
    }
    // Connector inside an organisation name: "Institute for Science and International Security".
    if (CONNECTORS.has(t.lower) && j + 1 < end && isCapWord(tokens[j + 1]) && !lex.stopNames.has(tokens[j + 1].lower)) {
      let k = j + 1;
      let keywordAhead = false;
      while (k < end && isCapWord(tokens[k])) { keywordAhead ||= lex.orgKeywords.has(tokens[k].lower); k++; }
      if (hasOrgKeyword || keywordAhead) { j = k; hasOrgKeyword = true; continue; }
    }
    break;
  }
  return j;
}

function splitRun(
  doc: Doc,
  tokens: Token[],
  start: number,
  end: number,
  sentenceFirst: number,
  lex: Lexicon,
  out: NameCandidate[],
): void {
  let k = start;
  // Leading function words and sentence-initial common words: "The Defence Ministry", "Meanwhile".
  while (k < end && (lex.stopNames.has(tokens[k].lower) && !lex.honorifics.has(tokens[k].lower))) k++;
  if (k < end && atSentenceStart(tokens, k, sentenceFirst) && tokens[k].pos !== 'PROPN' && !known(tokens[k], lex) && !isTitleWord(tokens[k], lex) && !lex.honorifics.has(tokens[k].lower)) k++;
  // Split further at weekday and month names inside the run ("Friday Trump said" is rare but real).
  let s = k;
  for (let m = k; m <= end; m++) {
    if (m === end || lex.stopNames.has(tokens[m].lower) && !lex.honorifics.has(tokens[m].lower) && !CONNECTORS.has(tokens[m].lower)) {
      if (m > s) parseRun(doc, tokens, s, m, lex, out);
      s = m + 1;
    }
  }
}

function atSentenceStart(tokens: Token[], k: number, sentenceFirst: number): boolean {
  let p = k - 1;
  while (p >= sentenceFirst && tokens[p].type === 'punctuation') p--;
  return p < sentenceFirst;
}

function known(t: Token, lex: Lexicon): boolean {
  return lex.countries.has(t.lower) || lex.demonyms.has(t.lower) || lex.knownOrgs.has(t.lower) || lex.places.has(t.lower);
}

function parseRun(doc: Doc, tokens: Token[], start: number, end: number, lex: Lexicon, out: NameCandidate[]): void {
  let k = start;
  let qualifier: [number, number] | null = null;
  // Qualifier: a demonym, country or organisation directly before a title ("Russian President ...").
  if (k + 1 < end && known(tokens[k], lex) && isTitleWord(tokens[k + 1], lex)) {
    qualifier = [k, k + 1];
    k++;
  }
  let title: [number, number] | null = null;
  const titleStart = k;
  // A capitalised word naming a portfolio right before a title head: "Economy Minister", "Health Secretary".
  if (k + 2 < end && !isTitleWord(tokens[k], lex) && !known(tokens[k], lex) && lex.titleHeads.has(tokens[k + 1].lower) && !lex.titleHeads.has(tokens[k].lower) && /^\p{Lu}\p{Ll}/u.test(tokens[k].norm) && PORTFOLIO_HEADS.has(tokens[k + 1].lower)) k++;
  while (k < end && isTitleWord(tokens[k], lex) && !lex.honorifics.has(tokens[k].lower)) k++;
  if (k > titleStart) {
    if (k === end) {
      // No name left: a description such as "the Ukrainian President", or a title alone.
      const last = tokens[end - 1];
      if (lex.titleHeads.has(last.lower)) {
        out.push({ first: start, end, mentionFirst: start, honorific: false, title: [titleStart, end], qualifier, description: true });
        return;
      }
      k = titleStart; // title-like words with no head ("General Motors"): a name after all
    } else if (lex.titleHeads.has(tokens[k - 1].lower) || lex.titleHeads.has(tokens[titleStart].lower)) {
      title = [titleStart, k];
    } else {
      k = titleStart; // "Foreign" alone before a name is not a title; keep it in the name
    }
  }
  if (qualifier && !title) {
    out.push({ first: qualifier[0], end: qualifier[1], mentionFirst: qualifier[0], honorific: false, title: null, qualifier: null, description: false });
    qualifier = null;
  }
  if (qualifier) {
    // The qualifier is a mention in its own right ("Nato" in "Nato Secretary General Mark Rutte").
    out.push({ first: qualifier[0], end: qualifier[1], mentionFirst: qualifier[0], honorific: false, title: null, qualifier: null, description: false });
  }
  let mentionFirst = title ? title[1] : k;
  let honorific = false;
  if (k < end && lex.honorifics.has(tokens[k].lower)) {
    honorific = true;
    mentionFirst = k;
    k++;
  }
  if (k >= end) return;
  // A possessive before a title qualifies it: "Ukraine's President Volodymyr Zelenskyy".
  if (title && !qualifier) qualifier = possessiveBefore(tokens, title[0]);
  out.push({ first: k, end, mentionFirst, honorific, title, qualifier, description: false });
  void doc;
}

/** "Ukraine 's" right before token i: the token range of "Ukraine". */
export function possessiveBefore(tokens: Token[], i: number): [number, number] | null {
  if (i < 2 || tokens[i - 1].norm !== "'s" && tokens[i - 1].norm !== "'") return null;
  let s = i - 2;
  if (!isCapWord(tokens[s])) return null;
  while (s > 0 && isCapWord(tokens[s - 1]) && tokens[s - 1].sentence === tokens[s].sentence) s--;
  return [s, i - 1];
}
