// Which countries and admin-1 regions an article names, and by which entities: the document context
// that disambiguates the places in it. An entity never counts as evidence for itself.
import type { GazetteerEntry } from './gazetteer.js';

export class PlaceEvidence {
  private readonly countries = new Map<string, Set<string>>();
  private readonly regions = new Map<string, Set<string>>();

  /** The article names `entry` through entity `by` (a country, a region, a place it is sure of). */
  add(entry: GazetteerEntry, by: string): void {
    note(this.countries, entry.country, by);
    if (entry.admin1Code) note(this.regions, entry.admin1Code, by);
  }

  namesCountry(code: string, except: string): boolean {
    return namedBy(this.countries.get(code), except);
  }

  namesRegion(code: string | null, except: string): boolean {
    return code != null && namedBy(this.regions.get(code), except);
  }

  /** Another admin-1 region of the same country is named ("Georgia" beside "Florida" is the state). */
  namesSiblingRegion(code: string | null, except: string): boolean {
    if (code == null) return false;
    const country = code.slice(0, 3);
    for (const [other, by] of this.regions) if (other !== code && other.startsWith(country) && namedBy(by, except)) return true;
    return false;
  }
}

function note(map: Map<string, Set<string>>, code: string, by: string): void {
  const set = map.get(code);
  if (set) set.add(by);
  else map.set(code, new Set([by]));
}

function namedBy(set: Set<string> | undefined, except: string): boolean {
  return set != null && (set.size > 1 || (set.size === 1 && !set.has(except)));
}
