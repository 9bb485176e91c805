// Types a name candidate from the gazetteer, organisation keywords, titles, honorifics and the words
// around it. Returns null for a name that is not a standalone entity.
import type { EntityType } from '../../core/records/entity.js';
import type { Token } from '../../core/records/token.js';
import type { Lexicon } from './lexicon.js';
import type { NameCandidate } from './name-candidates-extractor.js';
import { isAcronym, nameWords, SPEECH_VERB_LEMMAS, NAME_PARTICLES } from './token-tests.js';

export type NameType = EntityType | 'UNKNOWN';

const PLACE_NOUNS_BEFORE = new Set(['village', 'town', 'city', 'region', 'province', 'capital', 'state', 'port', 'district', 'county', 'island', 'republic', 'settlement', 'suburb', 'outskirts', 'oblast']);
const PLACE_NOUNS_AFTER = new Set(['region', 'province', 'oblast', 'district', 'county', 'state', 'city', 'island', 'islands', 'valley', 'peninsula', 'governorate', 'prefecture']);
const ORG_NOUNS = new Set(['union', 'party', 'company', 'firm', 'group', 'agency', 'ministry', 'bank', 'network', 'newspaper', 'broadcaster', 'channel', 'station', 'charity', 'organisation', 'organization', 'militia', 'movement', 'alliance', 'coalition', 'publisher', 'startup', 'carrier', 'airline', 'insurer', 'lender', 'retailer', 'manufacturer', 'operator', 'brand', 'label', 'club', 'team']);
const PLACE_VERBS = new Set(['capture', 'seize', 'liberate', 'occupy', 'enter', 'shell', 'bomb', 'recapture', 'encircle', 'storm', 'evacuate']);
const PLACE_PREFIXES = new Set(['port', 'fort', 'mount', 'lake', 'san', 'santa', 'santo', 'são', 'saint', 'st.', 'new', 'north', 'south', 'east', 'west', 'upper', 'lower', 'greater']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'across', 'outside', 'to', 'into', 'around', 'throughout']);

export function classifyName(c: NameCandidate, tokens: Token[], lex: Lexicon): NameType {
  const words = tokens.slice(c.first, c.end);
  const lower = words.map((t) => t.lower).join(' ');
  const last = words[words.length - 1];
  if (c.honorific || c.title) return 'PERSON';
  if (lex.countries.has(lower)) return 'GPE';
  if (lex.regions.has(lower)) return 'LOC';
  if (words.length === 1 && lex.demonyms.has(lower)) return 'NORP';
  if (lex.knownOrgs.has(lower)) return 'ORG';
  if (lex.facilityKeywords.has(last.lower) && words.length > 1 && !lex.orgKeywords.has(words[0].lower)) return 'FAC';
  if (words.some((t) => lex.orgKeywords.has(t.lower))) return 'ORG';
  if (lex.places.has(lower)) return 'GPE';
  // "Port Alma", "Fort Worth", "Lake Chad", "Mount Kenya", "San Lorenzo"
  if (words.length >= 2 && PLACE_PREFIXES.has(words[0].lower)) return words[0].lower === 'lake' || words[0].lower === 'mount' ? 'LOC' : 'GPE';
  const before = tokens[c.first - 1];
  const before2 = tokens[c.first - 2];
  const after = tokens[c.end];
  if (before?.lower === 'of' && before2 && PLACE_NOUNS_BEFORE.has(before2.lower)) return 'GPE';
  if (after && PLACE_NOUNS_AFTER.has(after.lower) && after.sentence === last.sentence) return 'GPE';
  // Objects of capture and attack verbs are places: "captured Zorivtsi near Pokrovsk"
  if (before && PLACE_VERBS.has(before.lemma) && words.length <= 2) return 'GPE';
  if (words.length === 1 && isAcronym(last)) return 'ORG';
  // A multi-word name that contains a country or a known organisation is a programme, body or event
  // ("Nato Prioritised Ukraine Requirements List"), not a person.
  if (words.length >= 2 && words.some((t) => lex.countries.has(t.lower) || lex.knownOrgs.has(t.lower))) return 'ORG';
  const parts = nameWords(tokens, c.first, c.end);
  if (parts.length >= 2 && isAcronym(words[0]) && words[0].norm.length >= 3) return 'ORG'; // "FNV Havens", "BBC World" (not "JD Vance")
  if (parts.length >= 2 && parts.every((w, n) => /^\p{Lu}[\p{L}'.]*(?:-\p{L}+)*$/u.test(w) || (n > 0 && n < parts.length - 1 && NAME_PARTICLES.has(w)))) {
    // "the union FNV Havens", "the company Acme Tools": a name in apposition to an organisation noun.
    if (before && ORG_NOUNS.has(before.lower)) return 'ORG';
    return 'PERSON';
  }
  if (words.length === 1) {
    if (after && SPEECH_VERB_LEMMAS.has(after.lemma) && after.sentence === last.sentence) return 'PERSON';
    if (before && PLACE_PREPOSITIONS.has(before.lower) && !/s$/.test(last.lower)) return 'GPE';
  }
  return 'UNKNOWN';
}
