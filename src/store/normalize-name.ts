// The lookup form of a name or alias: case, diacritics, punctuation and spacing removed, so that
// "Zelenskyy", "ZELENSKYY" and "Zelenskyy," meet in one index entry. Transliteration variants
// (Zelensky / Zelenskiy) are the matcher's job, not this function's.
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
