// Lookup keys for place names, so that the spellings of one name meet in one key: case, diacritics
// ("Zürich" = "Zurich"), apostrophes ("Kramators’k" = "Kramatorsk"), hyphens and punctuation, a leading
// "the" ("the Netherlands"), a possessive ("Ukraine's"), and the abbreviations St / Mt / Ft.
// `looseKey` also merges common transliteration variants ("Avdiivka" = "Avdiyivka",
// "Zaporizhzhia" = "Zaporizhia"); it is consulted only when the exact key finds nothing.

const ABBREVIATIONS: Record<string, string> = { st: 'saint', mt: 'mount', ft: 'fort' };
/** Already a key: lower-case ASCII words, single spaces, none that the slow path would rewrite. */
const PLAIN = /^[a-z]+(?: [a-z]+)*$/;
const REWRITTEN_WORD = /(?:^| )(?:the|st|mt|ft)(?: |$)/;
const ASCII = /^[\x00-\x7f]*$/;

export function placeKey(name: string): string {
  const lower = name.toLowerCase();
  // Three names in four take this path; the gazetteer keys 135k names at start-up.
  if (PLAIN.test(lower) && !REWRITTEN_WORD.test(lower)) return lower;
  const bare = lower
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`ʼ]/g, "'")
    .replace(/'s$/, '')
    .replace(/'/g, '');
  const spaced = (ASCII.test(bare) ? bare.replace(/[^a-z0-9]+/g, ' ') : bare.replace(/[^\p{L}\p{N}]+/gu, ' '))
    .trim()
    .replace(/^the (?=.)/, '');
  return REWRITTEN_WORD.test(spaced) ? spaced.replace(/(?<=^| )(?:st|mt|ft)(?= |$)/g, (w) => ABBREVIATIONS[w]) : spaced;
}

/** A coarser key: y read as i, doubled letters and doubled letter pairs written once. */
export function looseKey(key: string): string {
  return key
    .replace(/y/g, 'i')
    .replace(/([a-z]{2})\1/g, '$1')
    .replace(/([a-z])\1+/g, '$1');
}

/**
 * The first two characters of a key's loose form, computed without it (cheap enough for every name):
 * the loose index is built one bucket at a time, for the buckets that misses fall in.
 */
export function looseBucket(key: string): string {
  const first = asI(key[0] ?? '');
  let k = 1;
  while (k < key.length && asI(key[k]) === first) k++;
  return first + asI(key[k] ?? '');
}

const asI = (ch: string): string => (ch === 'y' ? 'i' : ch);
