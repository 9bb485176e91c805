// What the amounts stage's readers, extractors and refiners share: the tokens being scanned, the
// number phrase a reader found, the candidate an extractor proposes, and small token look-ups.
import type { AMOUNT_QUALIFIERS } from '../../core/records/amount.js';
import type { Token } from '../../core/records/token.js';
import type { AmountLexicon } from './amount-lexicon.js';

export type AmountQualifier = (typeof AMOUNT_QUALIFIERS)[number];

export interface ScanContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly lex: AmountLexicon;
}

/** A number as written, before any unit: "1.5 billion", "twenty-one", "tens of thousands", "10-20". */
export interface NumberPhrase {
  /** Token range [firstTok, endTok). */
  firstTok: number;
  endTok: number;
  /** Character range in the input. */
  start: number;
  end: number;
  value: number;
  min: number | null;
  max: number | null;
  /** A vague count ("dozens", "tens of thousands", "several hundred"). */
  vague: boolean;
  /** A range ("10-20", "between 10 and 20", "3 to 4"). */
  range: boolean;
  /** Written in digits ("2022", "5,000"): years, dates, times and phone numbers are digit forms. */
  digits: boolean;
  /** A scale word or suffix multiplied the number ("1.5 billion", "€20m", "half a million"). */
  scaled: boolean;
  /** The scale word or suffix that multiplied it ("m", "billion"), else null. */
  scaleWord: string | null;
}

/** An amount proposed by one extractor, still in token terms; refiners adjust and filter these. */
export interface AmountCandidate {
  firstTok: number;
  endTok: number;
  start: number;
  end: number;
  value: number;
  unit: string;
  object: string | null;
  qualifier: AmountQualifier;
  min: number | null;
  max: number | null;
  /** The number is vague or hedged (see Amount.approximate). */
  approximate: boolean;
  extractor: string;
  phrase: NumberPhrase;
}

/** An extractor reads what surrounds a number phrase and proposes an amount, or returns null to pass. */
export type AmountExtractor = (ctx: ScanContext, phrase: NumberPhrase) => AmountCandidate | null;

/** A refiner rewrites the candidate list (filter, extend, merge); refiners run in a declared order. */
export type AmountRefiner = (ctx: ScanContext, candidates: AmountCandidate[]) => AmountCandidate[];

export const lowerAt = (ctx: ScanContext, i: number): string => (i >= 0 && i < ctx.tokens.length ? ctx.tokens[i].lower : '');

/** Token i exists, is in the sentence of token `of`, and is written against the token before it. */
export const touchesPrevious = (ctx: ScanContext, i: number): boolean =>
  i > 0 && i < ctx.tokens.length && !ctx.tokens[i].spaceBefore && ctx.tokens[i].sentence === ctx.tokens[i - 1].sentence;

/** Token i is written against token i-1 with nothing between, across sentence boundaries too. */
export const adjacentToPrevious = (ctx: ScanContext, i: number): boolean =>
  i > 0 && i < ctx.tokens.length && ctx.tokens[i].start === ctx.tokens[i - 1].end;

/** Token j exists and lies in the same sentence as token i. */
export const inSentence = (ctx: ScanContext, i: number, j: number): boolean =>
  j >= 0 && j < ctx.tokens.length && i >= 0 && i < ctx.tokens.length && ctx.tokens[i].sentence === ctx.tokens[j].sentence;

const stripDot = (s: string): string => (s.length > 1 && s.endsWith('.') ? s.slice(0, -1) : s);

export interface PhraseMatch {
  value: string;
  /** The table key that matched ("sq km"). */
  key: string;
  /** Token index after the match. */
  endTok: number;
  /** Character end of the match, without an abbreviation's final period ("pct." -> "pct"). */
  end: number;
}

/**
 * The longest key of `table` spelt by 1..maxLen tokens from token i (lower-case forms joined by
 * spaces; the last token may drop a final period). Tokens must share token i's sentence.
 */
export function matchPhrase(ctx: ScanContext, i: number, table: ReadonlyMap<string, string>, maxLen = 3): PhraseMatch | null {
  let key = '';
  let best: PhraseMatch | null = null;
  for (let j = i; j < i + maxLen && inSentence(ctx, i, j); j++) {
    const t = ctx.tokens[j];
    key = j === i ? t.lower : `${key} ${t.lower}`;
    let hit = key;
    let value = table.get(key);
    let end = t.end;
    if (value === undefined && key.endsWith('.')) {
      hit = stripDot(key);
      value = table.get(hit);
      if (value !== undefined && ctx.text[t.end - 1] === '.') end = t.end - 1;
    }
    if (value !== undefined) best = { value, key: hit, endTok: j + 1, end };
  }
  return best;
}

/** A plural noun as the tagger sees it ("troops", "children"), or a lexicon invariant ("police"). */
export function isPluralNoun(ctx: ScanContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t) return false;
  if (ctx.lex.invariantPlurals.has(t.lower)) return true;
  if (t.lemma.toLowerCase() !== t.lower) return true;
  return /[^su]s$/.test(t.lower) && t.lower.length > 3;
}

export const isCapitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.norm);

/** A candidate covering a number phrase through token `endTok` (exclusive), ending at character `end`. */
export function candidate(
  phrase: NumberPhrase,
  fields: { endTok: number; end: number; unit: string; object: string | null; extractor: string; firstTok?: number; start?: number },
): AmountCandidate {
  return {
    firstTok: fields.firstTok ?? phrase.firstTok,
    endTok: fields.endTok,
    start: fields.start ?? phrase.start,
    end: fields.end,
    value: phrase.value,
    unit: fields.unit,
    object: fields.object,
    // Vague counts and ranges are approximate until a qualifier says otherwise ("more than dozens").
    qualifier: phrase.vague || phrase.range ? 'approximate' : 'exact',
    min: phrase.min,
    max: phrase.max,
    approximate: phrase.vague,
    extractor: fields.extractor,
    phrase,
  };
}

/** Skips a hyphen written between token k-1 and k+1 ("10-km", "five-day"); returns the next index. */
export function skipJoiningHyphen(ctx: ScanContext, k: number): number {
  return lowerAt(ctx, k) === '-' && touchesPrevious(ctx, k) && touchesPrevious(ctx, k + 1) ? k + 1 : k;
}
