// Loads read-only data files from the repository's data/ folder (once per process).
import { readFileSync } from 'node:fs';

const cache = new Map<string, unknown>();

export function loadData<T>(relativePath: string): T {
  let value = cache.get(relativePath);
  if (value === undefined) {
    // src/data/load.ts and dist/data/load.js both sit two levels below the repository root.
    const url = new URL(`../../data/${relativePath}`, import.meta.url);
    value = JSON.parse(readFileSync(url, 'utf8'));
    cache.set(relativePath, value);
  }
  return value as T;
}

/** A data file's location, for files that are not JSON (binary models, word lists). */
export function dataUrl(relativePath: string): URL {
  return new URL(`../../data/${relativePath}`, import.meta.url);
}
