// Counts in words for terminal output: "1 record", "2 records", "1 person", "3 people".

/** `n` and the noun, plural unless n is 1; `plural` for irregular nouns (default: noun + "s"). */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
