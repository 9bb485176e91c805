// Name folding: the comparison forms for names across articles. `foldName` removes what differs
// between spellings of the same written name (case, diacritics, possessive 's, dots in initials and
// acronyms, curly apostrophes, hyphens); `translitKey` goes further and folds the spelling variants
// that romanising Cyrillic and Arabic names produces (Zelenskyy / Zelensky / Zelenskiy, Gaddafi /
// Qaddafi / Kadhafi, Khodorkovsky / Hodorkovsky), so those share one key.
// Hand-written rules rather than a phonetic library: Double Metaphone and Soundex fold far more
// (Smith = Schmidt, Bill = Paul), which would merge distinct people; these rules only touch the
// letter groups that transliteration standards disagree on.

import { memoize } from './memo.js';

const LETTER_MAP: Record<string, string> = { ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', æ: 'ae', œ: 'oe', ı: 'i' };

/** Lower case, no diacritics, no possessive, no dots or apostrophes, hyphens as spaces, single spaces. */
export const foldName = memoize(foldNameOnce);

function foldNameOnce(s: string): string {
  let t = stripPossessive(s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase());
  t = t.replace(/[ßøłđðþæœı]/g, (c) => LETTER_MAP[c] ?? c);
  t = t.replace(/&/g, ' and ');
  // Dots and apostrophes join ("U.S." -> "us", "O'Brien" -> "obrien"); other punctuation separates.
  t = t.replace(/[.'’‘`ʼ]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ');
  return t.trim();
}

/** Removes a trailing possessive ("Trump's", "Clinton’s", "Jones'"). */
export function stripPossessive(s: string): string {
  return s.replace(/['’]s$/i, '').replace(/(s)['’]$/i, '$1');
}

// Order matters: digraphs before single letters, and the ending rule last.
const TRANSLIT_RULES: [RegExp, string][] = [
  [/kh/g, 'h'],
  [/zh/g, 'j'],
  [/dzh/g, 'j'],
  [/tch/g, 'ch'],
  [/ph/g, 'f'],
  [/dh/g, 'd'],
  [/th/g, 't'],
  [/ck/g, 'k'],
  [/[qgc](?=[aou]|$)/g, 'k'],
  [/q/g, 'k'],
  [/w/g, 'v'],
  [/ou/g, 'u'],
  [/(?:iy|yy|yi|ii|ij|ei|ey)(?=[aeiou]|$)/g, 'y'],
  [/(?<=[aeiou])[iyj](?=[aeiou])/g, 'y'],
  [/ych/g, 'ich'],
  [/([a-z])\1+/g, '$1'],
  [/[iy]$/g, 'y'],
  [/[eo]v$/g, 'ov'],
];

/** A key that transliteration variants of one folded name token share. */
export const translitKey = memoize(translitKeyOnce);

function translitKeyOnce(token: string): string {
  let t = foldName(token).replace(/\s+/g, '');
  for (const [re, to] of TRANSLIT_RULES) t = t.replace(re, to);
  return t;
}
