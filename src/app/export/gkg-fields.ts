// Field encoders for GDELT GKG 2.1 (see the GKG 2.1 codebook): location types and ids from our
// geocodes, count types from the words after a count, date resolutions from our grains, and the
// cleaning every delimited field needs (no tabs, line breaks or the field's own delimiters).
// Country codes are ISO 3166-1 alpha-2 as our gazetteer gives them; GDELT itself writes FIPS 10-4
// codes, which differ for some countries (e.g. DE vs GM) — consumers joining with GDELT data should
// map them.
import type { Geo } from '../../core/records/entity.js';
import type { DateMention } from '../../core/records/date.js';

/** Removes the delimiters GKG uses inside fields (; , # | and tabs or line breaks). */
export const clean = (s: string): string => s.replace(/[\t\r\n]+/g, ' ').replace(/[;,#|]/g, ' ').replace(/\s{2,}/g, ' ').trim();

/** Tabs and line breaks only: for free text inside a field that has its own delimiter rules. */
export const oneLine = (s: string): string => s.replace(/[\t\r\n]+/g, ' ');

export interface GkgLocation {
  type: number;
  name: string;
  country: string;
  adm1: string;
  lat: string;
  lon: string;
  featureId: string;
}

/** 1 country, 2 US state, 3 US city, 4 world city, 5 world state (first-level division). */
export function gkgLocation(name: string, geo: Geo): GkgLocation {
  const [prefix, rest = ''] = geo.source.split(/\s/)[0].split(':');
  const admin1 = /^([A-Z]{2})\.(\w+)$/.exec(rest);
  let type: number;
  if (prefix === 'world-countries') type = 1;
  else if (prefix === 'admin1') type = geo.country === 'US' ? 2 : 5;
  else type = geo.country === 'US' ? 3 : 4;
  return {
    type,
    name: clean(name),
    country: geo.country,
    adm1: admin1 ? `${admin1[1]}${admin1[2]}` : geo.country,
    lat: geo.lat.toFixed(4),
    lon: geo.lon.toFixed(4),
    featureId: type === 1 ? geo.country : clean(rest),
  };
}

const COUNT_TYPES: [RegExp, string][] = [
  [/\b(?:killed|killing|kills|dead|died|deaths?|slain|murdered|fatalities|lives|lost)\b/i, 'KILL'],
  [/\b(?:wounded|injured|injuries|hurt)\b/i, 'WOUND'],
  [/\b(?:arrested|detained|arrests?|detentions?|custody)\b/i, 'ARREST'],
  [/\b(?:kidnapped|abducted|hostages?|captives?)\b/i, 'KIDNAP'],
  [/\b(?:displaced|evacuated|homeless|affected|refugees|stranded)\b/i, 'AFFECT'],
  [/\b(?:protesters|protestors|demonstrators|marched|rallied)\b/i, 'PROTEST'],
];

/** The GKG count type of a count, from the words just before it, its object and the words after. */
export function countType(object: string | null, before: string, after: string): string | null {
  const context = `${before} ${object ?? ''} ${after}`;
  for (const [re, type] of COUNT_TYPES) if (re.test(context)) return type;
  return null;
}

/** GKG date resolution: 1 year, 2 month and year, 4 full date; null for what GKG cannot hold. */
export function gkgDate(d: DateMention): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(d.value ?? '');
  if (!m) return null;
  const [, y, mo, da] = m;
  if (da) return `4#${Number(mo)}#${Number(da)}#${y}#${d.start}`;
  if (mo) return `2#${Number(mo)}#0#${y}#${d.start}`;
  return `1#0#0#${y}#${d.start}`;
}

/** YYYYMMDDHHMMSS from an ISO date or date-time (missing parts are zero). */
export function gkgTimestamp(published: string | null): string {
  const digits = (published ?? '').replace(/[^0-9]/g, '');
  return `${digits.slice(0, 14)}${'0'.repeat(14)}`.slice(0, 14);
}
