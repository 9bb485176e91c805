// The name lists the tagger's features consult: the entity stage's lexicon (countries, demonyms,
// cities and admin regions, continents and seas, organisation keywords and names, titles, honorifics)
// plus common first names learned from CoNLL-2003 and GUM train (data/lexicons/first-names.json, written
// by scripts/train-ner-model.mjs), the given names of the compromise lexicon
// (data/lexicons/name-genders.json) and company legal forms ("Inc.", "GmbH"). Single words become word
// features; names of several words ("New York", "Middle East") are matched over token runs and become
// context features.
import type { Token } from '../../../core/records/token.js';
import { loadData } from '../../../data/load.js';
import { getLexicon, type Lexicon } from '../lexicon.js';

export interface FirstNamesFile {
  _about: string;
  /** Lower-case given names, sorted. */
  names: string[];
}

/** Company legal forms, as written after a company's name in many countries. */
const LEGAL_FORMS = new Set([
  'inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'ltd.', 'llc', 'llp', 'lp', 'plc', 'gmbh', 'ag', 'sa', 's.a.', 'nv', 'n.v.',
  'bv', 'b.v.', 'ab', 'oy', 'oyj', 'asa', 'spa', 's.p.a.', 'srl', 'pty', 'pte', 'kk', 'sarl', 'se', 'limited', 'incorporated', 'corporation',
]);

let givenNames: ReadonlySet<string> | undefined;

/** Given names of the compromise lexicon (data/lexicons/name-genders.json: MaleName and FemaleName), lower-case. */
export function lexiconGivenNames(): ReadonlySet<string> {
  if (!givenNames) {
    const file = loadData<{ male: string[]; female: string[] }>('lexicons/name-genders.json');
    givenNames = new Set([...file.male, ...file.female]);
  }
  return givenNames;
}

/** Longest multi-word name we look for, in tokens ("Bosnia and Herzegovina", "St. Kitts and Nevis"). */
const MAX_NAME_TOKENS = 5;

export class NerGazetteer {
  /** Lower-case multi-word names -> categories ("new york" -> ["place"]). */
  private readonly multi = new Map<string, string[]>();
  /** First word of each multi-word name, so most tokens cost one lookup. */
  private readonly multiFirst = new Set<string>();
  /** Every string prefix of every multi-word name: a key that is none can grow into no name. */
  private readonly multiPrefixes = new Set<string>();

  /** Whether a lower-case word is a common first name. Training swaps it per document (leave-one-out). */
  firstName: (lower: string) => boolean;

  constructor(
    readonly lex: Lexicon,
    firstNames: ReadonlySet<string>,
    private readonly given: ReadonlySet<string> = lexiconGivenNames(),
  ) {
    this.firstName = (lower) => firstNames.has(lower);
    const add = (name: string, category: string) => {
      if (!name.includes(' ')) return;
      const cats = this.multi.get(name) ?? [];
      if (!cats.includes(category)) cats.push(category);
      this.multi.set(name, cats);
      this.multiFirst.add(name.slice(0, name.indexOf(' ')));
      for (let k = 1; k <= name.length; k++) this.multiPrefixes.add(name.slice(0, k));
    };
    for (const name of lex.countries.keys()) add(name, 'country');
    for (const name of lex.demonyms.keys()) add(name, 'demonym');
    for (const name of lex.places.keys()) add(name, 'place');
    for (const name of lex.regions) add(name, 'region');
    for (const name of lex.knownOrgs) add(name, 'org');
  }

  /** Categories of one word, for word features ("g=country", "g=fname", ...). */
  wordCategories(lower: string): string[] {
    const lex = this.lex;
    const out: string[] = [];
    if (lex.countries.has(lower)) out.push('country');
    if (lex.demonyms.has(lower)) out.push('demonym');
    if (lex.places.has(lower)) out.push('place');
    if (lex.regions.has(lower)) out.push('region');
    if (lex.knownOrgs.has(lower)) out.push('org');
    if (lex.orgKeywords.has(lower)) out.push('orgkw');
    if (lex.facilityKeywords.has(lower)) out.push('fackw');
    if (lex.titleHeads.has(lower)) out.push('title');
    if (lex.titleModifiers.has(lower)) out.push('titlemod');
    if (lex.honorifics.has(lower)) out.push('honorific');
    if (lex.stopNames.has(lower)) out.push('stop');
    if (this.firstName(lower)) out.push('fname');
    if (this.given.has(lower)) out.push('gname');
    if (LEGAL_FORMS.has(lower)) out.push('legal');
    return out;
  }

  /**
   * Multi-word names found in tokens [first, end) (one sentence): for each token, its matches as
   * "<category>B" (first word) or "<category>I" (a later word), added to `out[token]` (which starts
   * null). Longest match per start; matches may overlap.
   */
  matchNames(tokens: readonly Token[], first: number, end: number, out: (string[] | null)[]): void {
    for (let i = first; i < end; i++) {
      if (!this.multiFirst.has(tokens[i].lower)) continue;
      let key = tokens[i].lower;
      let best: { last: number; cats: string[] } | null = null;
      for (let j = i + 1; j < Math.min(end, i + MAX_NAME_TOKENS); j++) {
        key += (tokens[j].spaceBefore ? ' ' : '') + tokens[j].lower;
        if (!this.multiPrefixes.has(key)) break;
        const cats = this.multi.get(key);
        if (cats) best = { last: j, cats };
      }
      if (!best) continue;
      for (let j = i; j <= best.last; j++) {
        const slot = (out[j] ??= []);
        for (const c of best.cats) slot.push(`${c}${j === i ? 'B' : 'I'}`);
      }
    }
  }
}

let shared: NerGazetteer | undefined;

/** The gazetteer with the shipped first-name list, built once per process. */
export function getNerGazetteer(): NerGazetteer {
  shared ??= new NerGazetteer(getLexicon(), new Set(loadData<FirstNamesFile>('lexicons/first-names.json').names));
  return shared;
}
