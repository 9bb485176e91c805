// Drops numbers that are not amounts. Only digit numbers that count nothing named ("bare": unit
// "count", no object) are judged, except where noted:
//   years         "in 2022", "since 2021", "2014-2022" (also before a plural after a preposition: "in 2022 troops")
//   dates         "August 15", "15 August", "Aug. 15", "15-16 August", "the 15th of"
//   times         "11.30am", "at 11.30", "10 a.m.", "1500 GMT", "9.15pm", "three o'clock" (words too)
//   phone numbers "+44 20 7946 0958", "(020) 7946 0958", "555-123-4567" (the reader already refuses the last);
//                 ids and timestamps (seven or more digits without thousands separators)
//   identifiers   "No 10", "Article 5", "Boeing 737", "Flight 17", "10 Downing Street", "#3"
//   enumerators   "1. Felicia Ballanger" at the start of a line
//   fragments     digits written against letters: "11.3|0am", "2022|s"; for any count, a model name or
//                 code ("777x jets", "A320 planes"), whatever it seems to count
// Ordinals ("first", "21st") never reach here: the reader does not read them.
import { adjacentToPrevious, inSentence, lowerAt, touchesPrevious, type AmountCandidate, type AmountRefiner, type ScanContext } from './scan-context.js';

const YEAR_PREPOSITIONS = new Set(['in', 'since', 'by', 'until', 'till', 'from', 'during', 'before', 'after', 'through', 'throughout', 'and', 'to', 'between', 'early', 'late', 'mid']);
const TIME_PREPOSITIONS = new Set(['at', 'by', 'until', 'till', 'from', 'before', 'after', 'around', 'to', 'between', 'and', 'since']);
const CLOCK = /^([01]?\d|2[0-4])[.:]([0-5]\d)$/;

export const nonAmountRefiner: AmountRefiner = (ctx, candidates) => candidates.filter((c) => !isNonAmount(ctx, c));

function isNonAmount(ctx: ScanContext, c: AmountCandidate): boolean {
  const p = c.phrase;
  const numeral = ctx.tokens[p.firstTok].norm;
  if (isTime(ctx, c, numeral)) return true;
  if (!p.digits) return false;
  const bare = c.unit === 'count' && c.object === null;
  if (isYear(ctx, c, numeral, bare)) return true;
  if (isModelName(ctx, c)) return true;
  if (!bare) return false;
  return isDate(ctx, c) || isPhoneOrCode(ctx, c, numeral) || isIdentifier(ctx, c) || isEnumerator(ctx, c) || isFragment(ctx, c);
}

const yearLike = (n: number): boolean => Number.isInteger(n) && n >= 1000 && n <= 2199;

function isYear(ctx: ScanContext, c: AmountCandidate, numeral: string, bare: boolean): boolean {
  const p = c.phrase;
  if (p.scaled || p.vague || !/^\d{4}(?:[-–]\d{4})?$/.test(numeral)) return false;
  if (!yearLike(p.value) || (p.range && !yearLike(p.max ?? 0))) return false;
  if (bare) return true;
  return (c.unit === 'count' || c.unit === 'people') && YEAR_PREPOSITIONS.has(lowerAt(ctx, p.firstTok - 1));
}

function isMonth(ctx: ScanContext, i: number): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && ctx.lex.months.has(t.lower) && /^\p{Lu}/u.test(t.norm);
}

function isDate(ctx: ScanContext, c: AmountCandidate): boolean {
  const p = c.phrase;
  if (!Number.isInteger(p.value) || p.value < 1 || (p.max ?? p.value) > 31 || p.scaled) return false;
  const before = p.firstTok - 1;
  const after = p.endTok;
  // Sentence ends are not checked: the segmenter may cut a long line between "15" and "August".
  const sameLine = (i: number) => i >= 0 && i < ctx.tokens.length && !ctx.tokens[Math.max(i, p.firstTok)].lineBefore;
  if (sameLine(before) && isMonth(ctx, before)) return true;
  if (sameLine(after) && isMonth(ctx, after)) return true;
  return lowerAt(ctx, after) === 'of' && sameLine(after) && isMonth(ctx, after + 1);
}

function isTime(ctx: ScanContext, c: AmountCandidate, numeral: string): boolean {
  const p = c.phrase;
  if (p.vague || p.scaled) return false;
  const after = p.endTok;
  const next = ctx.tokens[after];
  // The tokenizer splits some clock times: "11.3|0am", "9|.|15pm" (where "." may even end a sentence).
  if (next && adjacentToPrevious(ctx, after) && next.type === 'time') return true;
  if (next?.norm === '.' && adjacentToPrevious(ctx, after) && adjacentToPrevious(ctx, after + 1) && ctx.tokens[after + 1].type === 'time') return true;
  if (next && inSentence(ctx, p.firstTok, after)) {
    // "10 am", "1500 GMT", "11.30 local time", "1 p.m." (the counted-object reader may take "p.m." as
    // the thing counted: a count whose next word is a time marker is a time whatever it counted)
    const clock = Number.isInteger(p.value) ? p.value <= 2400 : CLOCK.test(numeral);
    if (c.unit === 'count' && clock && ctx.lex.timeMarkers.has(next.lower)) return true;
  }
  return c.unit === 'count' && CLOCK.test(numeral) && TIME_PREPOSITIONS.has(lowerAt(ctx, p.firstTok - 1)); // "at 11.30"
}

function isPhoneOrCode(ctx: ScanContext, c: AmountCandidate, numeral: string): boolean {
  const p = c.phrase;
  if (/^0\d/.test(numeral)) return true; // "020", "0958"
  if (/^\d{7,}$/.test(numeral)) return true; // ids and timestamps: amounts this large are written "1,474,387"
  const prev = ctx.tokens[p.firstTok - 1];
  const next = ctx.tokens[p.endTok];
  const digitToken = (t: typeof prev | undefined) => t !== undefined && /^[+(]?\d/.test(t.norm);
  if (prev && inSentence(ctx, p.firstTok, p.firstTok - 1) && digitToken(prev)) return true;
  if (next && inSentence(ctx, p.firstTok, p.endTok) && digitToken(next)) return true;
  // "(020) 7946": a bracketed group before the number.
  return prev?.norm === ')' && digitToken(ctx.tokens[p.firstTok - 2]);
}

function isIdentifier(ctx: ScanContext, c: AmountCandidate): boolean {
  const p = c.phrase;
  const i = p.firstTok - 1;
  if (inSentence(ctx, p.firstTok, i)) {
    const t = ctx.tokens[i];
    if (ctx.lex.identifierLabels.has(t.lower) || ctx.lex.identifierLabels.has(t.lower.replace(/\.$/, ''))) return true;
    // "Boeing 737", "Windows 10": a name right before a bare number (not the sentence's first word).
    if (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.norm) && inSentence(ctx, i, i - 1) && !isMonth(ctx, i)) return true;
  }
  // "10 Downing Street": capitalised words, then a street word.
  for (let j = p.endTok; j < p.endTok + 4 && inSentence(ctx, p.firstTok, j); j++) {
    const t = ctx.tokens[j];
    if (!/^[\p{Lu}\d]/u.test(t.norm)) break; // "131 West 23rd Street"
    if (j > p.endTok && ctx.lex.streetWords.has(t.lower)) return true;
  }
  return false;
}

/** A list number at the start of a line: "1. Felicia Ballanger", "2) Tax cuts". */
function isEnumerator(ctx: ScanContext, c: AmountCandidate): boolean {
  const p = c.phrase;
  const next = ctx.tokens[p.endTok];
  return ctx.tokens[p.firstTok].lineBefore && next !== undefined && (next.norm === '.' || next.norm === ')') && adjacentToPrevious(ctx, p.endTok);
}

/**
 * A count whose digits are written against a letter that is no unit or scale ("777x jets", "the A320neo"):
 * a model name or a code, however a noun after it looks counted. Units and scales ("10km", "$3m") were
 * read by the extractors before; the count extractor is the only one that lets such a letter through.
 */
function isModelName(ctx: ScanContext, c: AmountCandidate): boolean {
  if (c.unit !== 'count' && c.unit !== 'people') return false;
  const p = c.phrase;
  if (p.scaled || p.vague) return false;
  const next = ctx.tokens[p.endTok];
  const glued = next !== undefined && touchesPrevious(ctx, p.endTok) && /^\p{L}/u.test(next.norm);
  const prev = ctx.tokens[p.firstTok - 1];
  return glued || (prev !== undefined && touchesPrevious(ctx, p.firstTok) && /\p{L}$/u.test(prev.norm));
}

/** Digits written against letters on either side: "11.3|0am", "2022|s", "US|2". */
function isFragment(ctx: ScanContext, c: AmountCandidate): boolean {
  const p = c.phrase;
  const next = ctx.tokens[p.endTok];
  if (next && touchesPrevious(ctx, p.endTok) && /^[\p{L}\d]/u.test(next.norm)) return true;
  const prev = ctx.tokens[p.firstTok - 1];
  return prev !== undefined && touchesPrevious(ctx, p.firstTok) && /[\p{L}\d]$/u.test(prev.norm);
}
