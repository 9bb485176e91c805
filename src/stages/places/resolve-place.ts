// Chooses the gazetteer entry a place entity refers to (candidates: place-candidates.ts). Each candidate
// is scored in powers of ten of population, so a bonus of 1 outweighs a place ten times larger:
//   population   log10(people); a region a tenth of its people (a bare name is more often the city),
//                a country 100x (its name is rarely meant as a namesake town), a national capital 10x
//   level cue    "Donetsk region" favours the region, "the village of X" the settlement
//   qualifier    "Iskra ... in Donetsk region", "Paris, Texas", "Springfield, Va.": candidates inside the
//                named region win outright; when none is, a settlement is put at the region itself (a
//                village the gazetteer lacks is still in its region)
//   list         "Georgia and Ukraine": a region or country listed beside one of its level, 30x
//   article      its region or country named elsewhere (entities, and places the first pass is sure of),
//                10x each: "Anchorage" in an article about Alaska; never a hundredfold, so "Paris" with
//                Texas named elsewhere stays in France. Against a same-named country, other regions of
//                a region's country named in the article count 100x ("Florida ... Georgia").
// The first pass scores without qualifiers, lists and article evidence; the second adds them, from the
// first pass's choices, so evidence does not chase itself.
import type { Entity, Geo } from '../../core/records/entity.js';
import type { GazetteerEntry, Gazetteer, PlaceKind } from './gazetteer.js';
import { findCandidates, type Candidate } from './place-candidates.js';
import type { LevelCue, Qualifier } from './place-cues.js';
import { placeKey } from './place-name-key.js';
import type { PlaceEvidence } from './place-evidence.js';

export interface PlaceQuery {
  entity: Entity;
  /** The entity's name and the distinct texts of its name mentions. */
  names: string[];
  cue: LevelCue;
  qualifiers: Qualifier[];
  /** Places listed right beside it ("Georgia and Ukraine"). */
  coordinated: Entity[];
  /** Names read with the capitalised word before a mention ("New York" for a "York" mention). */
  extended: Set<string>;
  /** A one-word name that is also part of a person's name in the article ("Clinton", "Obama"). */
  personName: boolean;
}

export interface Resolution {
  entry: GazetteerEntry;
  /** Score gap to the best entry of another country or region (Infinity when alone). */
  margin: number;
  geo: Geo;
}

interface Scored {
  c: Candidate;
  score: number;
  reasons: string[];
}

const LEVEL: Record<PlaceKind, number> = { place: 0, admin1: 1, country: 2 };
const REGION_PENALTY = 1;
/** A country's name is rarely meant as a namesake town ("Greenland", New Hampshire). */
const COUNTRY_BONUS = 2;
const CAPITAL_BONUS = 1;
const CUE_MATCH = 4;
const CUE_MISMATCH = 2;
const QUALIFIED = 6;
/** Article evidence stays below a hundredfold population gap: "Paris" with Texas named elsewhere is still Paris, France. */
const REGION_NAMED = 1;
const COUNTRY_NAMED = 1;
/** A name listed beside a country (region) reads as one too: "invasions of Georgia and Ukraine". */
const LISTED_WITH_PEER = 1.5;
/** Against a country of the same name, other regions named read it as one of theirs ("Florida ... Georgia"). */
const SIBLING_NAMED = 2;
/** A transliteration match or a place inside a facility's name must be big or in the article's countries. */
const WEAK_MATCH_MIN_PEOPLE = 100_000;
/** A first-pass choice this far ahead of any other region's candidate counts as article evidence. */
export const SURE_MARGIN = 1;

export class PlaceResolver {
  private readonly candidates = new Map<Entity, Candidate[]>();

  constructor(private readonly gaz: Gazetteer) {}

  /** First pass: population, level and cue only. */
  first(q: PlaceQuery): Resolution | null {
    return this.choose(q, null, null);
  }

  /** Second pass: also the qualifiers (resolved by the first pass) and the article's evidence. */
  second(q: PlaceQuery, firstPass: Map<Entity, Resolution>, evidence: PlaceEvidence): Resolution | null {
    return this.choose(q, firstPass, evidence);
  }

  private choose(q: PlaceQuery, firstPass: Map<Entity, Resolution> | null, evidence: PlaceEvidence | null): Resolution | null {
    const candidates = this.candidatesOf(q, evidence);
    const scored = candidates.map((c) => this.score(q, c, candidates, firstPass, evidence));
    scored.sort((a, b) => b.score - a.score || b.c.entry.population - a.c.entry.population);
    const best = scored[0];
    const qualifier = firstPass ? this.unmetQualifier(q, best, candidates, firstPass) : null;
    if (qualifier) return this.atQualifier(qualifier, firstPass as Map<Entity, Resolution>);
    if (!best) return null;
    const rival = scored.find((s) => s.c.entry.country !== best.c.entry.country || s.c.entry.admin1Code !== best.c.entry.admin1Code);
    return { entry: best.c.entry, margin: rival ? best.score - rival.score : Infinity, geo: geoOf(best.c.entry, describe(best, scored)) };
  }

  private candidatesOf(q: PlaceQuery, evidence: PlaceEvidence | null): Candidate[] {
    let found = this.candidates.get(q.entity);
    if (!found) {
      found = findCandidates(q, this.gaz);
      this.candidates.set(q.entity, found);
    }
    // Weak matches need the article's support (second pass) or a large population. A person's name read
    // as a place ("Clinton") takes only a country, a region or a capital unless the words around say place.
    const personOnly = q.personName && !q.cue && q.qualifiers.length === 0;
    return found.filter((c) => {
      if (personOnly && c.entry.kind === 'place' && !c.entry.capital) return false;
      return c.via === 'name' || c.entry.population >= WEAK_MATCH_MIN_PEOPLE || (evidence?.namesCountry(c.entry.country, q.entity.id) ?? false);
    });
  }

  private score(q: PlaceQuery, c: Candidate, all: Candidate[], firstPass: Map<Entity, Resolution> | null, evidence: PlaceEvidence | null): Scored {
    const e = c.entry;
    const reasons: string[] = [];
    let score = Math.log10(e.population + 1);
    if (e.kind === 'admin1') score -= REGION_PENALTY;
    if (e.kind === 'country') score += COUNTRY_BONUS;
    if (e.kind === 'place' && e.capital && all.length > 1) { score += CAPITAL_BONUS; reasons.push('national capital'); }
    if (q.cue === 'region') {
      if (e.kind === 'admin1') { score += CUE_MATCH; reasons.push('named as a region'); }
      else if (e.kind === 'place') score -= CUE_MISMATCH;
    } else if (q.cue === 'settlement') {
      if (e.kind === 'place') { score += CUE_MATCH; reasons.push('named as a settlement'); }
      else score -= CUE_MISMATCH;
    }
    const inside = firstPass ? q.qualifiers.find((qual) => qualifies(qual, all, firstPass) && contains(regionOf(qual, firstPass), e)) : undefined;
    if (inside) {
      score += QUALIFIED;
      reasons.push(`in ${firstPass && regionOf(inside, firstPass)?.name}, named beside it ("${inside.phrase}")`);
    }
    const peer = firstPass && e.kind !== 'place' ? q.coordinated.find((x) => firstPass.get(x)?.entry.kind === e.kind) : undefined;
    if (peer) {
      score += LISTED_WITH_PEER;
      reasons.push(`listed with ${firstPass?.get(peer)?.entry.name}, also a ${e.kind === 'country' ? 'country' : 'region'}`);
    }
    if (evidence) {
      // Said once: a region or country the qualifier already named is not repeated as article evidence.
      const id = q.entity.id;
      if (e.kind === 'place' && evidence.namesRegion(e.admin1Code, id)) {
        score += REGION_NAMED;
        if (!inside) reasons.push(`in ${e.admin1Name}, named in the article`);
      }
      if (e.kind === 'admin1' && all.some((x) => x.entry.kind === 'country') && evidence.namesSiblingRegion(e.admin1Code, id)) {
        score += SIBLING_NAMED;
        if (!inside) reasons.push(`another region of ${this.gaz.country(e.country)?.name ?? e.country} named in the article`);
      }
      if (evidence.namesCountry(e.country, id)) {
        score += COUNTRY_NAMED;
        if (!inside) reasons.push(e.kind === 'country' ? 'named elsewhere in the article too' : `in ${this.gaz.country(e.country)?.name ?? e.country}, named in the article`);
      }
    }
    if (c.via === 'name' && e.kind !== 'country' && placeKey(c.matched) !== placeKey(e.name)) reasons.push(`"${c.matched}" is another name for it`);
    if (q.extended.has(c.matched)) reasons.push(`read as "${c.matched}" with the word before the name`);
    if (c.via === 'loose') reasons.push(`"${c.matched}" spelled "${e.name}" in GeoNames`);
    if (c.via === 'part') reasons.push(`"${q.entity.name}" is part of "${c.matched}"`);
    if (c.via === 'facility') reasons.push(`"${c.matched}" in the facility's name`);
    return { c, score, reasons };
  }

  /**
   * A qualifier that no candidate lies in, for a name that looks like a settlement (no candidate, or the
   * best is a place): "the village of Iskra ... in Donetsk region" when Iskra is not in the gazetteer.
   * A comma qualifies only with a region or country ("Paris, Texas"; "Kyiv, Kharkiv" is a list).
   */
  private unmetQualifier(q: PlaceQuery, best: Scored | undefined, all: Candidate[], firstPass: Map<Entity, Resolution>): Qualifier | null {
    // A continent or sea (LOC) is not inside the country named after it ("Europe, Britain and ...").
    if ((best && best.c.entry.kind !== 'place') || q.entity.type === 'LOC') return null;
    for (const qual of q.qualifiers) {
      if (!qualifies(qual, all, firstPass)) continue;
      if (best && contains(regionOf(qual, firstPass), best.c.entry)) return null;
      return qual;
    }
    return null;
  }

  private atQualifier(qual: Qualifier, firstPass: Map<Entity, Resolution>): Resolution {
    const e = regionOf(qual, firstPass) as GazetteerEntry;
    const why = `not in the gazetteer under this name; placed at ${e.ref} ${e.name}${e.basis ? ` (${e.basis})` : ''}, named beside it ("${qual.phrase}")`;
    return { entry: e, margin: 0, geo: geoOf(e, why) };
  }
}

/**
 * A qualifier qualifies a name none of whose readings is of its level or above: "Paris, Texas", but not
 * "Canada, Mexico" (a list of countries) nor "Kyiv, Kharkiv" (a comma before a town is a list).
 */
/** The region a qualifier names: its abbreviation's, or the first-pass choice for its entity. */
function regionOf(qual: Qualifier, firstPass: Map<Entity, Resolution>): GazetteerEntry | undefined {
  return qual.region ?? (qual.entity ? firstPass.get(qual.entity)?.entry : undefined);
}

function qualifies(qual: Qualifier, candidates: Candidate[], firstPass: Map<Entity, Resolution>): boolean {
  const region = regionOf(qual, firstPass);
  if (!region || (region.kind === 'place' && qual.connector === ',')) return false;
  return region.kind === 'place' || candidates.every((c) => LEVEL[c.entry.kind] < LEVEL[region.kind]);
}

/** `e` lies in `region`; for a town as qualifier ("near Pokrovsk"), in the town's admin-1 region. */
function contains(region: GazetteerEntry | undefined, e: GazetteerEntry): boolean {
  if (!region || region.ref === e.ref) return false;
  if (region.kind === 'place') return e.kind === 'place' && e.admin1Code != null && e.admin1Code === region.admin1Code;
  if (LEVEL[e.kind] >= LEVEL[region.kind]) return false;
  if (region.kind === 'country') return e.country === region.country;
  return e.admin1Code === region.admin1Code;
}

function describe(best: Scored, all: Scored[]): string {
  const e = best.c.entry;
  const n = all.length;
  const head = n === 1 ? 'the only entry for this name' : all.every((s) => s.c.entry.population <= e.population) ? `the most populous of ${n} entries` : `chosen of ${n} entries`;
  const basis = e.basis ? [`point: ${e.basis}`] : [];
  return [head, ...best.reasons, ...basis].join('; ');
}

function geoOf(e: GazetteerEntry, why: string): Geo {
  const where = [e.kind === 'country' ? null : e.admin1Name, e.country].filter(Boolean).join(', ');
  return {
    lat: e.lat,
    lon: e.lon,
    country: e.country,
    admin1: e.kind === 'country' ? null : e.admin1Name,
    timezone: e.timezone,
    source: `${e.ref} ${e.name} (${e.kind === 'country' ? 'country' : where}): ${why}`,
  };
}
