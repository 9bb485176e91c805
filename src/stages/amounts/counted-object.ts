// The counted object after a number: modifiers are skipped ("three wounded Ukrainian soldiers"),
// then a run of nouns up to its last plural is the object ("two missile tests", "dozens of drones").
// Persons are recognised from the lexicon ("troops", "civilians", "police officers") and from
// capitalised plural demonyms ("Palestinians", "Israelis").
import { inSentence, isCapitalised, isPluralNoun, lowerAt, touchesPrevious, type ScanContext } from './scan-context.js';

export interface CountedObject {
  /** First and last token of the object (modifiers before it excluded). */
  firstTok: number;
  headTok: number;
  text: string;
  people: boolean;
}

const MODIFIER_POS = new Set(['ADJ', 'VERB', 'PROPN', 'NUM']);
const MAX_MODIFIERS = 3;
const MAX_NOUNS = 3;
/** Nouns that follow a count without being counted: "killed 12 yesterday". */
const NOT_COUNTED = new Set(['yesterday', 'today', 'tonight', 'tomorrow', 'overnight', 'ago', 'apiece', 'each', 'times']);

/**
 * The object counted by a number ending before token k, or null. `plural`: the count is not one, so
 * the object must be a plural noun ("two leaders", not "the 2024 election").
 */
export function countedObjectAt(ctx: ScanContext, k: number, from: number, plural: boolean): CountedObject | null {
  let j = k;
  for (let skipped = 0; skipped < MAX_MODIFIERS && inSentence(ctx, from, j); skipped++) {
    if (lowerAt(ctx, j) === '-' && touchesPrevious(ctx, j) && touchesPrevious(ctx, j + 1)) {
      j += 2; // "Russian-made", "long-range"
      continue;
    }
    if (isNounToken(ctx, j) || !MODIFIER_POS.has(ctx.tokens[j].pos) || ctx.lex.months.has(ctx.tokens[j].lower)) break;
    if (ctx.tokens[j].pos === 'NUM' || /^\d/.test(ctx.tokens[j].norm)) return null; // "2014 1,000 people": not a modifier
    j++;
  }
  if (!inSentence(ctx, from, j) || !isNounToken(ctx, j)) return null;
  const first = j;
  // The head is the run's last noun that agrees with the count: "Paris hotels", "missile tests".
  let head = -1;
  for (let n = 0; n < MAX_NOUNS && inSentence(ctx, from, j) && isNounToken(ctx, j); n++, j++) {
    if (!plural || isPluralNoun(ctx, j) || isDemonym(ctx, j)) head = j;
  }
  if (head < 0 || NOT_COUNTED.has(ctx.tokens[head].lower)) return null;
  const text = ctx.text.slice(ctx.tokens[first].start, ctx.tokens[head].end);
  const lowerText = text.toLowerCase();
  const people = ctx.lex.people.has(ctx.tokens[head].lower) || ctx.lex.people.has(lowerText) || isDemonym(ctx, head);
  return { firstTok: first, headTok: head, text, people };
}

function isNounToken(ctx: ScanContext, j: number): boolean {
  const t = ctx.tokens[j];
  if (!t || !/\p{L}/u.test(t.norm) || ctx.lex.months.has(t.lower)) return false;
  if (t.pos === 'NOUN') return true;
  // Taggers often call a plural after a number a verb ("3 drones") or a name ("20 Palestinians").
  if (ctx.lex.people.has(t.lower) && !isCapitalised(t)) return true;
  return isDemonym(ctx, j) || (t.pos === 'PROPN' && !isCapitalised(t) && isPluralNoun(ctx, j));
}

/** A capitalised plural naming people of a place or creed: "Ukrainians", "Israelis", "Kurds". */
export function isDemonym(ctx: ScanContext, j: number): boolean {
  const t = ctx.tokens[j];
  if (!t || !isCapitalised(t) || !/^\p{L}+$/u.test(t.norm)) return false;
  if (ctx.lex.demonymPlurals.has(t.lower)) return true;
  return t.lower.length > 4 && ctx.lex.demonymSuffixes.some((s) => t.lower.endsWith(s));
}
