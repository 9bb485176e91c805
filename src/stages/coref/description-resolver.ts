// Definite descriptions of people: "the Russian leader", "the Ukrainian President", "the president".
// A description resolves to the person whose title carries that nationality (from "Russian President
// Vladimir Putin" or "Ukraine's President ...") and, without a nationality, to the person most
// recently named with that title.
import type { Doc } from '../../core/document.js';
import type { Entity } from '../../core/records/entity.js';
import type { Span } from '../../core/span.js';
import { getLexicon } from '../entities/lexicon.js';
import { floorIndex } from '../../core/sorted.js';

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

export interface NamedPerson {
  entity: Entity;
  /** Starts of the person's name mentions, sorted. */
  starts: number[];
}

/** People with their name-mention positions, taken before pronouns and descriptions are added. */
export function namedPeople(doc: Doc): NamedPerson[] {
  return doc.entities
    .filter((e) => e.type === 'PERSON' && e.titles.length > 0)
    .map((e) => ({ entity: e, starts: e.mentions.map((m) => m.start).sort((a, b) => a - b) }));
}

export function resolveDescription(people: NamedPerson[], d: Description): Entity | null {
  const titled = people.filter(({ entity: e, starts }) => starts[0] < d.start && e.titles.some((t) => (d.head === 'leader' ? LEADER_TITLES.test(t) : t.toLowerCase().includes(d.head))));
  const candidates = d.country ? titled.filter((p) => p.entity.affiliation === d.country) : titled;
  if (candidates.length === 1) return candidates[0].entity;
  if (candidates.length > 1 && !d.country) {
    // The one named most recently.
    let best: Entity | null = null;
    let at = -1;
    for (const p of candidates) {
      const k = floorIndex(p.starts, d.start - 1);
      if (k >= 0 && p.starts[k] > at) { at = p.starts[k]; best = p.entity; }
    }
    return best;
  }
  return null;
}
