// The lexicons and gazetteer the entity extractors consult, as lower-case lookup tables.
import { loadData } from '../../data/load.js';

interface TitlesFile { heads: string[]; modifiers: string[]; honorifics: string[]; roles: string[] }
interface OrgFile { keywords: string[]; known: string[]; facility_keywords: string[] }
interface PlacesFile {
  countries: { code: string; name: string; aliases: string[]; demonyms: string[]; capitals: string[] }[];
  cities: Record<string, string[]>;
}

export interface Lexicon {
  titleHeads: Set<string>;
  titleModifiers: Set<string>;
  /** Occupations and conditions ("farmer", "resident"), read only in an appositive after an article. */
  roleHeads: Set<string>;
  honorifics: Set<string>;
  orgKeywords: Set<string>;
  knownOrgs: Set<string>;
  facilityKeywords: Set<string>;
  stopNames: Set<string>;
  /** lower-case country name or alias -> canonical country name */
  countries: Map<string, string>;
  /** lower-case demonym -> canonical country name */
  demonyms: Map<string, string>;
  /** lower-case city or region name -> country code(s) */
  places: Map<string, string[]>;
  /** Lower-case national capitals. */
  capitals: Set<string>;
  /** lower-case continents, seas and large regions */
  regions: Set<string>;
}

let lexicon: Lexicon | undefined;

export function getLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const titles = loadData<TitlesFile>('lexicons/titles.json');
  const orgs = loadData<OrgFile>('lexicons/organisations.json');
  const stop = loadData<{ words: string[] }>('lexicons/stopnames.json');
  const states = loadData<{ names: string[]; abbreviations: string[] }>('lexicons/us-states.json');
  const regions = loadData<{ names: string[] }>('lexicons/regions.json');
  const gaz = loadData<PlacesFile>('gazetteer/places.json');
  const countries = new Map<string, string>();
  const demonyms = new Map<string, string>();
  const capitals = new Set<string>();
  for (const c of gaz.countries) {
    for (const k of c.capitals) capitals.add(k.toLowerCase());
    const canonical = c.code === 'US' ? 'United States' : c.code === 'GB' ? 'United Kingdom' : c.name;
    for (const a of [c.name, ...c.aliases]) countries.set(a.toLowerCase(), canonical);
    for (const d of c.demonyms) demonyms.set(d.toLowerCase(), canonical);
  }
  const places = new Map<string, string[]>();
  for (const [name, codes] of Object.entries(gaz.cities)) places.set(name.toLowerCase(), codes);
  for (const s of [...states.names, ...states.abbreviations]) places.set(s.toLowerCase(), ['US']);
  lexicon = {
    titleHeads: new Set(titles.heads),
    titleModifiers: new Set(titles.modifiers),
    roleHeads: new Set(titles.roles),
    honorifics: new Set(titles.honorifics),
    orgKeywords: new Set(orgs.keywords),
    knownOrgs: new Set(orgs.known.map((o) => o.toLowerCase())),
    facilityKeywords: new Set(orgs.facility_keywords),
    stopNames: new Set(stop.words),
    countries,
    demonyms,
    places,
    capitals,
    regions: new Set(regions.names.map((r) => r.toLowerCase())),
  };
  return lexicon;
}
