// Runs @mozilla/readability on a (pre-cleaned) DOM and hands back the article's content element
// itself rather than serialised HTML, so the post-cleaner works on the same tree. Classes are kept
// (Readability drops them by default) because the post-cleaner reads them.
import { Readability } from '@mozilla/readability';

export interface ReadabilityResult {
  content: Element;
  title: string | null;
  byline: string | null;
}

export function runReadability(document: Document): ReadabilityResult | null {
  const reader = new Readability<Element>(document, {
    keepClasses: true,
    serializer: (node) => node as Element,
  });
  const parsed = reader.parse();
  if (!parsed?.content) return null;
  return { content: parsed.content, title: parsed.title ?? null, byline: parsed.byline ?? null };
}
