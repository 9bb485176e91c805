// Finds the gazetteer entries a place entity may refer to, trying in order until one finds some:
//   names        each name mention as written ("Anchorage", "US", "Kiev" -> Kyiv by alias)
//   loose        transliteration variants ("Avdiivka" -> Avdiyivka); accent-only matches ("God" -> Göd)
//                are loose too
//   part         a compass word dropped, for regions and countries only ("South Florida" -> Florida)
//   facility     the longest run of words in a facility's name that names a place
//                ("Zaporizhzhia Nuclear Power Plant" -> Zaporizhia)
// Continents and seas (LOC) only take a country or an admin-1 region, never a namesake town.
import type { GazetteerEntry, Gazetteer } from './gazetteer.js';
import type { PlaceQuery } from './resolve-place.js';

export interface Candidate {
  entry: GazetteerEntry;
  /** name: as written; loose: through transliteration or folded accents; facility / part: a word run. */
  via: 'name' | 'loose' | 'facility' | 'part';
  /** The name it was found under. */
  matched: string;
}

const COMPASS_PREFIX = /^(?:north|south|east|west|northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|northeast|northwest|southeast|southwest)\s+(?=\S)/i;

export function findCandidates(q: PlaceQuery, gaz: Gazetteer): Candidate[] {
  const type = q.entity.type;
  const fits = (e: GazetteerEntry) => type !== 'LOC' || e.kind !== 'place';
  const seen = new Set<string>();
  const out: Candidate[] = [];
  const add = (entries: GazetteerEntry[], via: Candidate['via'], matched: string) => {
    for (const entry of entries) {
      if (fits(entry) && !seen.has(entry.ref)) {
        seen.add(entry.ref);
        out.push({ entry, via, matched });
      }
    }
  };
  for (const name of q.names) {
    const entries = gaz.lookup(name);
    add(entries.filter((e) => !foldedOnly(name, e.name)), 'name', name);
    add(entries.filter((e) => foldedOnly(name, e.name)), 'loose', name);
  }
  if (out.length === 0 && type !== 'LOC') for (const name of q.names) add(gaz.lookupLoose(name), 'loose', name);
  if (out.length === 0 && type === 'GPE') {
    // Not for LOC: "South America" is no part of "America".
    for (const name of q.names) {
      const rest = name.replace(COMPASS_PREFIX, '');
      if (rest !== name) add(gaz.lookup(rest).filter((e) => e.kind !== 'place'), 'part', rest);
    }
  }
  if (out.length === 0 && type === 'FAC') {
    const words = q.entity.name.split(/\s+/).slice(0, -1);
    for (let len = words.length; len > 0 && out.length === 0; len--) {
      for (let i = 0; i + len <= words.length; i++) {
        const sub = words.slice(i, i + len).join(' ');
        if (/^\p{Lu}/u.test(sub)) add(gaz.lookup(sub), 'facility', sub);
      }
    }
  }
  return out;
}

/** The text is plain ASCII and the gazetteer name is not (accents, curly apostrophes). */
function foldedOnly(text: string, name: string): boolean {
  return /^[\x00-\x7f]*$/.test(text) && !/^[\x00-\x7f]*$/.test(name);
}

