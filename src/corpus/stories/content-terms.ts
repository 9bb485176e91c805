// Content terms of an article: lower-cased words of three letters or more, not stop words or
// numbers, with a light plural fold ("sanctions" -> "sanction"), counted with the title weighted
// TITLE_WEIGHT times and the lead (first LEAD_CHARS characters) twice, because news puts what the
// story is about first. Hand-written rather than a stemmer package: a plural fold is all story
// similarity needs and it keeps terms readable in story labels.
import { STOPWORDS } from './stopwords.js';

export const TITLE_WEIGHT = 3;
export const LEAD_CHARS = 600;

export function contentTerms(text: string, title: string | null): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (s: string, w: number): void => {
    for (const raw of s.toLowerCase().match(/\p{L}[\p{L}'’-]*\p{L}/gu) ?? []) {
      const word = fold(raw);
      if (word.length < 3 || STOPWORDS.has(word) || STOPWORDS.has(raw)) continue;
      counts.set(word, (counts.get(word) ?? 0) + w);
    }
  };
  if (title) add(title, TITLE_WEIGHT);
  add(text.slice(0, LEAD_CHARS), 2);
  add(text.slice(LEAD_CHARS), 1);
  return counts;
}

function fold(w: string): string {
  let t = w.replace(/['’]s$/, '').replace(/['’]/g, '');
  if (t.length > 4 && t.endsWith('ies')) t = `${t.slice(0, -3)}y`;
  else if (t.length > 4 && /[^s]s$/.test(t) && !/(?:ss|us|is)$/.test(t)) t = t.slice(0, -1);
  return t;
}
