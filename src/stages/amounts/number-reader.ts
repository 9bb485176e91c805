// Reads the number written at a token, before any unit, or returns null to pass. Forms:
//   digits        "5", "5,000", "1.5", "10-20" (inline range), "3 1/2", "2½"
//   words         "three", "twenty-one", "one hundred and five", "a hundred", "a dozen", "two dozen"
//   scales        "1.5 billion", "$5.2-billion", "€20m", "£3bn", "$50k", "1.2m" (m: million unless metres),
//                 "half a million", "one and a half million", "three-and-a-half"
//   vague         "dozens", "tens of thousands", "several hundred" (vague-count-reader.ts)
//   ranges        "10 to 20", "10–20", "between 10 and 20", "$1-2 billion", "one to two"
// Years, dates, times and phone numbers are read here like any number; refiners drop them later,
// once the words around the whole amount are known.
import { inSentence, lowerAt, touchesPrevious, type NumberPhrase, type ScanContext } from './scan-context.js';
import { readVague } from './vague-count-reader.js';
import {
  TENS_WORDS,
  VAGUE_PLURALS,
  WORD_SCALES,
  isCardinalWord,
  isScaleWord,
  parseNumberWords,
} from './number-words.js';

const PLAIN = /^\d+(?:\.\d+)?$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const INLINE_RANGE = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)[-–](\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)$/;
const FRACTION = /^([1-9])\/([2-9]|1[0-6])$/;
const VULGAR = new Map([['½', 0.5], ['¼', 0.25], ['¾', 0.75], ['⅓', 1 / 3], ['⅔', 2 / 3]]);
const RANGE_CONNECTORS = new Set(['-', '–', '—', 'to']);
const MAX_TO_RATIO = 20;

/** Words at which a number phrase may start; digits are recognised by their first character. */
export const NUMBER_STARTERS = new Set<string>(['a', 'an', 'half', 'several', ...VAGUE_PLURALS.keys()]);

export function mayStartNumber(ctx: ScanContext, i: number): boolean {
  const t = ctx.tokens[i];
  const c = t.norm.charCodeAt(0);
  return (c >= 48 && c <= 57) || isCardinalWord(t.lower) || NUMBER_STARTERS.has(t.lower);
}

/** A number read from tokens, with the factor its scale applied (ranges share one scale). */
interface Core {
  firstTok: number;
  endTok: number;
  end: number;
  value: number;
  max: number | null;
  digits: boolean;
  factor: number;
  scaleWord: string | null;
}

export function readNumber(ctx: ScanContext, i: number): NumberPhrase | null {
  const vague = readVague(ctx, i);
  if (vague) return vague;
  const a = readCore(ctx, i);
  if (!a) return null;
  return readRange(ctx, a) ?? toPhrase(ctx, a, a.max !== null);
}

function toPhrase(ctx: ScanContext, c: Core, range: boolean): NumberPhrase {
  return {
    firstTok: c.firstTok,
    endTok: c.endTok,
    start: ctx.tokens[c.firstTok].start,
    end: c.end,
    value: c.value,
    min: range ? c.value : null,
    max: range ? c.max : null,
    vague: false,
    range,
    digits: c.digits,
    scaled: c.factor !== 1,
    scaleWord: c.scaleWord,
  };
}

/** Multiplies by a scale without binary noise: 1.2 * 1e6 goes through the decimal exponent. */
export function scaleBy(value: number, factor: number): number {
  const exp = Math.log10(factor);
  return Number.isInteger(exp) ? Number(`${value}e${exp}`) : value * factor;
}

const parseNumeral = (s: string): number => Number(s.replace(/,/g, ''));

function readCore(ctx: ScanContext, i: number): Core | null {
  const base = readDigits(ctx, i) ?? readWords(ctx, i);
  if (!base) return null;
  readHalf(ctx, base);
  readScale(ctx, base);
  return base;
}

function readDigits(ctx: ScanContext, i: number): Core | null {
  const t = ctx.tokens[i];
  if (!/^\d/.test(t.norm)) return null;
  let value: number;
  let max: number | null = null;
  const range = INLINE_RANGE.exec(t.norm);
  if (range) {
    value = parseNumeral(range[1]);
    max = parseNumeral(range[2]);
    if (!(max > value)) return null; // "3-1" is a score, "2022-23" a season
  } else if (PLAIN.test(t.norm) || GROUPED.test(t.norm)) {
    value = parseNumeral(t.norm);
  } else {
    return null; // "11:30", "15/08/2022", "555-123-4567", "+44"
  }
  const core: Core = { firstTok: i, endTok: i + 1, end: t.end, value, max, digits: true, factor: 1, scaleWord: null };
  if (max === null && Number.isInteger(value)) {
    const next = ctx.tokens[i + 1];
    const fraction = next && inSentence(ctx, i, i + 1) ? FRACTION.exec(next.norm) : null;
    const vulgar = next && inSentence(ctx, i, i + 1) ? VULGAR.get(next.norm) : undefined;
    if (fraction && next.spaceBefore) core.value += Number(fraction[1]) / Number(fraction[2]);
    else if (vulgar !== undefined) core.value += vulgar;
    if (fraction || vulgar !== undefined) {
      core.endTok = i + 2;
      core.end = next.end;
    }
  }
  return core;
}

/** A run of number words, or "a"/"an" before a scale ("a million"), or "half a million". */
function readWords(ctx: ScanContext, i: number): Core | null {
  const lw = lowerAt(ctx, i);
  if (lw === 'half') {
    const scale = lowerAt(ctx, i + 2);
    const factor = WORD_SCALES.get(scale) ?? (scale === 'dozen' ? 12 : undefined);
    if ((lowerAt(ctx, i + 1) === 'a' || lowerAt(ctx, i + 1) === 'an') && factor !== undefined && inSentence(ctx, i, i + 2)) {
      return { firstTok: i, endTok: i + 3, end: ctx.tokens[i + 2].end, value: factor / 2, max: null, digits: false, factor, scaleWord: scale };
    }
    return null;
  }
  const words: string[] = [];
  let j = i;
  if (lw === 'a' || lw === 'an') {
    const next = lowerAt(ctx, i + 1);
    if (!(isScaleWord(next) || next === 'dozen') || !inSentence(ctx, i, i + 1)) return null;
    words.push('one');
    j = i + 1;
  }
  for (; j < ctx.tokens.length && inSentence(ctx, i, j); j++) {
    const w = lowerAt(ctx, j);
    const last = words[words.length - 1];
    if (isCardinalWord(w) && (last === undefined || isScaleWord(last) || last === 'and' || (TENS_WORDS.has(last) && isUnitWord(w)))) {
      words.push(w);
    } else if (isScaleWord(w) && last !== undefined && last !== 'and') {
      words.push(w);
    } else if (w === '-' && last !== undefined && TENS_WORDS.has(last) && touchesPrevious(ctx, j) && touchesPrevious(ctx, j + 1) && isUnitWord(lowerAt(ctx, j + 1))) {
      continue; // "twenty-one"
    } else if (w === 'and' && last !== undefined && isScaleWord(last) && isCardinalWord(lowerAt(ctx, j + 1))) {
      words.push(w);
    } else {
      break;
    }
  }
  if (words.length === 0) return null;
  if (words[words.length - 1] === 'and') {
    words.pop();
    j--;
  }
  let value = parseNumberWords(words);
  let factor = 1;
  let scaleWord: string | null = null;
  for (const w of words) {
    const f = WORD_SCALES.get(w);
    if (f !== undefined && f > factor) {
      factor = f;
      scaleWord = w;
    }
  }
  if (lowerAt(ctx, j) === 'dozen' && inSentence(ctx, i, j) && factor === 1) {
    value *= 12;
    factor = 12;
    scaleWord = 'dozen';
    j++;
  }
  return { firstTok: i, endTok: j, end: ctx.tokens[j - 1].end, value, max: null, digits: false, factor, scaleWord };
}

const isUnitWord = (w: string): boolean => isCardinalWord(w) && !TENS_WORDS.has(w) && w !== 'zero' && w !== 'ten' && !w.endsWith('teen') && w !== 'eleven' && w !== 'twelve';

/** "and a half" after a whole number, spaced or hyphenated ("three-and-a-half"). */
function readHalf(ctx: ScanContext, c: Core): void {
  if (c.max !== null || !Number.isInteger(c.value)) return;
  const end = matchWords(ctx, c.endTok, ['and', 'a', 'half']);
  if (end < 0) return;
  c.value += 0.5;
  c.endTok = end;
  c.end = ctx.tokens[end - 1].end;
}

/** Token index after `words` spelt from token j, allowing hyphens written against them; -1 when absent. */
function matchWords(ctx: ScanContext, j: number, words: readonly string[]): number {
  let k = j;
  for (const w of words) {
    if (lowerAt(ctx, k) === '-' && touchesPrevious(ctx, k) && touchesPrevious(ctx, k + 1)) k++;
    if (lowerAt(ctx, k) !== w || !inSentence(ctx, j, k)) return -1;
    k++;
  }
  return k;
}

/** A scale word or suffix after the number: "billion", "bn", "m" (unless metres), "-billion", "dozen". */
function readScale(ctx: ScanContext, c: Core): void {
  for (let round = 0; round < 2; round++) {
    let k = c.endTok;
    if (lowerAt(ctx, k) === '-' && touchesPrevious(ctx, k) && touchesPrevious(ctx, k + 1)) k++;
    if (!inSentence(ctx, c.firstTok, k)) return;
    const t = ctx.tokens[k];
    const raw = t.lower.endsWith('.') && t.lower.length > 1 ? t.lower.slice(0, -1) : t.lower;
    const factor = ctx.lex.scales.get(raw) ?? (raw === 'dozen' && c.digits ? 12 : undefined);
    if (factor === undefined) return;
    if (ctx.lex.gluedOnlyScales.has(raw) && !touchesPrevious(ctx, k)) return;
    if (/^\p{Lu}/u.test(t.norm) && raw !== 'k' && raw.length <= 2 && !touchesPrevious(ctx, k)) return; // "5 M" is not a scale
    if (factor < c.factor) return; // "five million hundred" is not a number
    if (factor === c.factor && c.factor !== 1) return;
    if (raw === 'm' && readsAsMetres(ctx, c, k)) return;
    c.value = scaleBy(c.value, factor);
    if (c.max !== null) c.max = scaleBy(c.max, factor);
    c.factor = c.factor * factor;
    c.scaleWord = raw;
    c.endTok = k + 1;
    c.end = t.lower === raw ? t.end : t.end - 1;
  }
}

/**
 * "m" after a number is "million" in news copy ("€20m", "1.2m people") unless the words say length:
 * a space before it ("100 m"); a following "high", "long", "deep"...; a number of 1,000 or more with
 * no currency ("8,848m"); or a single object sized by it ("a 10m wall").
 */
function readsAsMetres(ctx: ScanContext, c: Core, mTok: number): boolean {
  const before = lowerAt(ctx, c.firstTok - 1);
  const money = ctx.lex.currencyPrefixes.has(before) || ctx.lex.isoCodes.has(ctx.tokens[c.firstTok - 1]?.norm ?? '');
  if (money) return false;
  if (!touchesPrevious(ctx, mTok)) return true; // "100 m": copy that writes "m" for million writes it against the number
  let k = mTok + 1;
  if (lowerAt(ctx, k) === '-' && touchesPrevious(ctx, k)) k++;
  if (inSentence(ctx, mTok, k) && ctx.lex.metreContext.has(lowerAt(ctx, k))) return true;
  if (c.value >= 1000) return true;
  return before === 'a' || before === 'an';
}

/** "10 to 20", "10 – 20", "between 10 and 20", "1 to 2 million" (the scale of the upper end is shared). */
function readRange(ctx: ScanContext, a: Core): NumberPhrase | null {
  if (a.max !== null) return null;
  const k = a.endTok;
  const conn = lowerAt(ctx, k);
  const between = lowerAt(ctx, a.firstTok - 1) === 'between' && inSentence(ctx, a.firstTok, a.firstTok - 1);
  if (!(RANGE_CONNECTORS.has(conn) || (conn === 'and' && between)) || !inSentence(ctx, a.firstTok, k + 1)) return null;
  const next = ctx.tokens[k + 1];
  const nextIsDigit = /^\d/.test(next.norm);
  if (nextIsDigit !== a.digits) return null;
  const b = readCore(ctx, k + 1);
  if (!b || b.max !== null) return null;
  let low = a.value;
  let factor = a.factor;
  let scaleWord = a.scaleWord;
  if (a.factor === 1 && b.factor !== 1) {
    low = scaleBy(a.value, b.factor);
    factor = b.factor;
    scaleWord = b.scaleWord;
  }
  if (!(b.value > low)) return null;
  // "rose by 500 to 39,200" is a change, not a range; so is a "to" whose ends lie far apart.
  if (conn === 'to' && (lowerAt(ctx, a.firstTok - 1) === 'by' || b.value > low * MAX_TO_RATIO)) return null;
  const firstTok = between && conn === 'and' ? a.firstTok - 1 : a.firstTok;
  return {
    firstTok,
    endTok: b.endTok,
    start: ctx.tokens[firstTok].start,
    end: b.end,
    value: low,
    min: low,
    max: b.value,
    vague: false,
    range: true,
    digits: a.digits,
    scaled: factor !== 1,
    scaleWord,
  };
}
