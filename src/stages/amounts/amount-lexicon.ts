// The amounts stage's vocabulary (data/lexicons/amounts.json), loaded once into maps and sets that
// the extractors look tokens up in by their lower-case form.
import { loadData } from '../../data/load.js';

interface CurrencyWordEntry {
  code: string;
  forms: string[];
  qualified?: Record<string, string>;
}

interface AmountsFile {
  currencyPrefixes: Record<string, string>;
  dollarPrefixWords: Record<string, string>;
  isoCodes: string[];
  isoAliases: Record<string, string>;
  currencyWords: Record<string, CurrencyWordEntry>;
  scales: Record<string, number>;
  gluedOnlyScales: string[];
  metreContext: string[];
  percent: Record<string, string>;
  units: Record<string, string>;
  gluedOnlyUnits: string[];
  timeUnits: string[];
  people: string[];
  demonymSuffixes: string[];
  demonymPlurals: string[];
  invariantPlurals: string[];
  populationNouns: string[];
  casualtyBefore: string[];
  casualtyAfter: string[];
  identifierLabels: string[];
  streetWords: string[];
  months: string[];
  timeMarkers: string[];
}

/** A currency word ("dollars") with its default code and the codes its qualifiers select ("Australian"). */
export interface CurrencyWord {
  code: string;
  qualified: Map<string, string>;
}

export interface AmountLexicon {
  currencyPrefixes: Map<string, string>;
  dollarPrefixWords: Map<string, string>;
  /** Upper-case ISO 4217 codes written as words ("USD 5m"), with aliases resolved (RMB -> CNY). */
  isoCodes: Map<string, string>;
  /** Currency words and two-word forms ("pounds sterling") by lower-case form. */
  currencyWords: Map<string, CurrencyWord>;
  scales: Map<string, number>;
  gluedOnlyScales: Set<string>;
  metreContext: Set<string>;
  /** Percent forms by lower-case token sequence joined with spaces ("per cent"). */
  percent: Map<string, string>;
  /** Units by lower-case token sequence joined with spaces ("sq km", "km / h"). */
  units: Map<string, string>;
  gluedOnlyUnits: Set<string>;
  timeUnits: Set<string>;
  people: Set<string>;
  demonymSuffixes: string[];
  demonymPlurals: Set<string>;
  invariantPlurals: Set<string>;
  populationNouns: Set<string>;
  casualtyBefore: Set<string>;
  casualtyAfter: Set<string>;
  identifierLabels: Set<string>;
  streetWords: Set<string>;
  months: Set<string>;
  timeMarkers: Set<string>;
}

let cached: AmountLexicon | undefined;

export function getAmountLexicon(): AmountLexicon {
  if (cached) return cached;
  const f = loadData<AmountsFile>('lexicons/amounts.json');
  const currencyWords = new Map<string, CurrencyWord>();
  for (const entry of Object.values(f.currencyWords)) {
    const word: CurrencyWord = { code: entry.code, qualified: new Map(Object.entries(entry.qualified ?? {})) };
    for (const form of entry.forms) currencyWords.set(form, word);
  }
  const isoCodes = new Map<string, string>();
  for (const code of f.isoCodes) isoCodes.set(code, f.isoAliases[code] ?? code);
  cached = {
    currencyPrefixes: new Map(Object.entries(f.currencyPrefixes)),
    dollarPrefixWords: new Map(Object.entries(f.dollarPrefixWords)),
    isoCodes,
    currencyWords,
    scales: new Map(Object.entries(f.scales)),
    gluedOnlyScales: new Set(f.gluedOnlyScales),
    metreContext: new Set(f.metreContext),
    percent: new Map(Object.entries(f.percent)),
    units: new Map(Object.entries(f.units)),
    gluedOnlyUnits: new Set(f.gluedOnlyUnits),
    timeUnits: new Set(f.timeUnits),
    people: new Set(f.people),
    demonymSuffixes: f.demonymSuffixes,
    demonymPlurals: new Set(f.demonymPlurals),
    invariantPlurals: new Set(f.invariantPlurals),
    populationNouns: new Set(f.populationNouns),
    casualtyBefore: new Set(f.casualtyBefore),
    casualtyAfter: new Set(f.casualtyAfter),
    identifierLabels: new Set(f.identifierLabels),
    streetWords: new Set(f.streetWords),
    months: new Set(f.months),
    timeMarkers: new Set(f.timeMarkers),
  };
  return cached;
}
