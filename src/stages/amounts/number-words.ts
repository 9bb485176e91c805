// Cardinal number words ("three", "twenty-one", "one hundred and five", "two million") and their
// values. The arithmetic of a run of number words is the `numbered` package's (parse); we only decide
// which tokens form the run, since `numbered` reads every word of a string and drops the rest.
import numbered from 'numbered';

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** Scale words inside a run of number words; "dozen" is ours (numbered does not know it). */
export const WORD_SCALES = new Map<string, number>([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
]);

/** Words that start or continue a cardinal: units, teens, tens. Scales continue a run but never start one. */
export const CARDINAL_WORDS = new Set<string>([...UNITS, ...TENS]);
export const TENS_WORDS = new Set<string>(TENS);

export const isCardinalWord = (lower: string): boolean => CARDINAL_WORDS.has(lower);
export const isScaleWord = (lower: string): boolean => WORD_SCALES.has(lower);

/** The value of a run of number words, e.g. ["twenty", "one"] or ["one", "hundred", "and", "five"]. */
export function parseNumberWords(words: readonly string[]): number {
  return numbered.parse(words.join(' '));
}

/**
 * Vague plural counts and their bounds. A plural scale S reads as "at least two S, fewer than ten S"
 * ("thousands" 2,000..9,999), so the next order of magnitude has its own phrase ("tens of thousands").
 * "dozens" stops at 99 (more is "hundreds"); "scores" is two score (40) and up.
 */
export const VAGUE_PLURALS = new Map<string, [number, number]>([
  ['tens', [20, 99]],
  ['dozens', [24, 99]],
  ['scores', [40, 99]],
  ['hundreds', [200, 999]],
  ['thousands', [2000, 9999]],
  ['millions', [2e6, 1e7 - 1]],
  ['billions', [2e9, 1e10 - 1]],
  ['trillions', [2e12, 1e13 - 1]],
]);

/** "several hundred", "a few thousand": the singular scales a vague multiplier may precede. */
export const VAGUE_MULTIPLIED = new Map<string, number>([
  ['dozen', 12], ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
]);
