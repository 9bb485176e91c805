// Builds the fleet test's articles from PolNeAR (read from ../shared at run time, never copied into the
// repository): each article's text cut into windows of about 320 characters at word boundaries, each
// window its own article with its own id (`<id>~<k>`), until there are enough distinct texts. Short
// texts keep the test within its time budget on two cores.
import { readFileSync } from 'node:fs';

const WINDOW = 320;

export function fleetArticles(paths: string[], count: number): { id: string; text: string; published: string | null }[] {
  const sources = paths.flatMap((p) => readFileSync(p, 'utf8').split('\n').filter((l) => l.trim() !== ''))
    .map((l) => JSON.parse(l) as { id: string; text: string; published?: string });
  const out: { id: string; text: string; published: string | null }[] = [];
  const seen = new Set<string>();
  // Round k takes every article's k-th window, so the first rounds spread over all publishers.
  for (let k = 0; out.length < count && k < 50; k++) {
    for (const a of sources) {
      if (out.length >= count) break;
      const text = windowAt(a.text, k);
      if (text === null || seen.has(text)) continue;
      seen.add(text);
      out.push({ id: `${a.id}~${k}`, text, published: a.published ?? null });
    }
  }
  return out;
}

function windowAt(text: string, k: number): string | null {
  let start = k * WINDOW;
  if (start >= text.length - 100) return null;
  if (start > 0) start = text.indexOf(' ', start) + 1;
  let end = Math.min(text.length, start + WINDOW);
  if (end < text.length) end = Math.max(start + 1, text.lastIndexOf(' ', end));
  const t = text.slice(start, end).trim();
  return t.length >= 100 ? t : null;
}
