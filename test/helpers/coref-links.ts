// Which entity a word of a short text was linked to by the default pipeline, for coreference tests.
import { extract } from './extract-text.js';

/** The name of the entity holding a mention exactly at the `nth` (0-based) whole-word `word`, or null. */
export function linkOf(text: string, word: string, nth = 0): string | null {
  const hits = [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu'))];
  const at = hits[nth]?.index;
  if (at === undefined) throw new Error(`no "${word}" #${nth} in the text`);
  const r = extract(text);
  const e = r.entities.find((x) => x.mentions.some((m) => m.start === at && m.end === at + word.length));
  return e ? e.name : null;
}
