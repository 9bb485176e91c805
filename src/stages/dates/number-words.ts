// Small numbers as written in date phrases: digits ("18", "2.5"), words up to ninety-nine ("three",
// "twenty-five"), "a"/"an"/"the" (one), "a hundred".
const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const WORD_VALUE = new Map<string, number>([['a', 1], ['an', 1], ['the', 1], ['hundred', 100], ['a hundred', 100]]);
SMALL.forEach((w, i) => WORD_VALUE.set(w, i));
TENS.forEach((w, i) => w && WORD_VALUE.set(w, i * 10));

/** A regex source for one number word (no digits; "the" excluded): "three", "twenty-five", "an", "a hundred". */
export const NUMBER_WORD = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|${SMALL.slice(1).join('|')}|a\s+hundred|hundred|an?)`;

/** The value of a number written in digits or words, or null. */
export function numberValue(word: string): number | null {
  if (/^\d/.test(word)) return Number(word);
  const w = word.toLowerCase().replace(/\s+/g, ' ').replace('-', ' ');
  const direct = WORD_VALUE.get(w);
  if (direct !== undefined) return direct;
  const [tens, ones] = w.split(' ');
  const a = WORD_VALUE.get(tens);
  const b = WORD_VALUE.get(ones);
  return a !== undefined && b !== undefined ? a + b : null;
}
