// Definite descriptions of people: "the Russian leader", "the Ukrainian President", "the president".
// A description resolves to the person whose title carries that nationality (from "Russian President
// Vladimir Putin" or "Ukraine's President ...") and, without a nationality, to the person most
// recently named with that title.
import type { Doc } from '../../core/document.js';
import type { Entity } from '../../core/records/entity.js';
import type { Span } from '../../core/span.js';
import { getLexicon } from '../entities/lexicon.js';

export interface Description extends Span {
  /** Country named by the demonym or possessive, if any. */
  country: string | null;
  /** Title head word, lower-case ("leader", "president"). */
  head: string;
}

const LEADER_WORDS = new Set(['leader', 'president', 'premier', 'chancellor', 'prime minister', 'king', 'queen', 'senator', 'governor', 'minister', 'candidate', 'nominee']);
const LEADER_TITLES = /\b(?:president|prime minister|chancellor|premier|king|queen|leader)\b/i;

export function findDescriptions(doc: Doc): Description[] {
  const lex = getLexicon();
  const tokens = doc.tokens;
  const out: Description[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i].lower !== 'the') continue;
    let k = i + 1;
    let country: string | null = null;
    const q = tokens[k].lower;
    if (lex.demonyms.has(q)) { country = lex.demonyms.get(q) ?? null; k++; }
    else if (lex.countries.has(q) && tokens[k + 1]?.norm !== "'s") { country = lex.countries.get(q) ?? null; k++; }
    let head = tokens[k]?.lower ?? '';
    let end = k + 1;
    if (head === 'prime' && tokens[k + 1]?.lower === 'minister') { head = 'prime minister'; end = k + 2; }
    if (!LEADER_WORDS.has(head)) continue;
    // "the president of France" is a different pattern; "the Russian leader's" is fine.
    if (tokens[end]?.lower === 'of') continue;
    out.push({ start: tokens[i].start, end: tokens[end - 1].end, country, head });
  }
  return out;
}

export function resolveDescription(doc: Doc, d: Description): Entity | null {
  const people = doc.entities.filter((e) => e.type === 'PERSON' && e.mentions.some((m) => m.start < d.start));
  const titled = people.filter((e) => e.titles.some((t) => (d.head === 'leader' ? LEADER_TITLES.test(t) : t.toLowerCase().includes(d.head))));
  const candidates = d.country ? titled.filter((e) => e.affiliation === d.country) : titled;
  if (candidates.length === 1) return candidates[0];
  if (candidates.length > 1 && !d.country) {
    // The one named most recently.
    let best: Entity | null = null;
    let at = -1;
    for (const e of candidates) for (const m of e.mentions) if (m.start < d.start && m.start > at) { at = m.start; best = e; }
    return best;
  }
  return null;
}
