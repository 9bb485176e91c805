// Time zones for local times of day: the zone of a place entity (its geo.timezone from the places
// stage, else the fallback table data/lexicons/time-zones.json by name), the place mentions of a
// document sorted by offset, and the UTC offset of an IANA zone at a local date and time, computed
// with Intl.DateTimeFormat (the zone data built into Node; no network).
import type { Doc } from '../../core/document.js';
import type { Entity } from '../../core/records/entity.js';
import { loadData } from '../../data/load.js';
import type { Ymd } from './calendar.js';

interface ZoneTable {
  words: Record<string, string>;
  zones: Record<string, string>;
}

const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);

let table: Map<string, string> | null = null;
function fallbackZones(): Map<string, string> {
  if (!table) {
    table = new Map();
    for (const [name, zone] of Object.entries(loadData<ZoneTable>('lexicons/time-zones.json').zones)) table.set(name.toLowerCase(), zone);
  }
  return table;
}

let words: Map<string, string> | null = null;

/** The IANA zone a zone word names ("EDT", "E.T.", "Eastern"), or null. Case matters: "CT" is not "ct". */
export function zoneOfWord(word: string): string | null {
  words ??= new Map(Object.entries(loadData<ZoneTable>('lexicons/time-zones.json').words));
  return words.get(word) ?? null;
}

/** The IANA zone the fallback table gives a place name (any case: datelines are in capitals), or null. */
export function zoneOfPlaceName(name: string): string | null {
  return fallbackZones().get(name.toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

/** The IANA zone of a place entity, or null: the places layer's geocode first, then the table by name. */
export function zoneOfEntity(doc: Doc, e: Entity): string | null {
  if (!PLACE_TYPES.has(e.type)) return null;
  const geo = doc.places.get(e.id);
  if (geo?.timezone) return geo.timezone;
  return fallbackZones().get(e.name.toLowerCase()) ?? null;
}

export interface PlaceMention {
  start: number;
  end: number;
  zone: string;
}

/** Every mention of a place with a known zone, sorted by start. */
export function placeMentions(doc: Doc): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const e of doc.entities) {
    const zone = zoneOfEntity(doc, e);
    if (zone) for (const m of e.mentions) out.push({ start: m.start, end: m.end, zone });
  }
  return out.sort((a, b) => a.start - b.start);
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();
function formatter(zone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(zone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    } catch {
      f = null; // not a zone this Node knows
    }
    formatters.set(zone, f);
  }
  return f;
}

/** Minutes east of UTC in `zone` at the UTC instant `ms`. */
function offsetAtInstant(f: Intl.DateTimeFormat, ms: number): number {
  const name = f.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{1,2})(?::(\d\d))?/.exec(name);
  if (!m) return 0; // "GMT" alone
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** UTC offset in minutes of a local wall-clock time in `zone` (DST-aware), or null for an unknown zone. */
export function utcOffsetMinutes(zone: string, day: Ymd, hour: number, minute: number): number | null {
  const f = formatter(zone);
  if (!f) return null;
  const wall = Date.UTC(day.year, day.month - 1, day.day, hour, minute);
  // The offset at the wall time read as UTC is right except within a few hours of a DST change;
  // one correction step settles it.
  const first = offsetAtInstant(f, wall);
  const second = offsetAtInstant(f, wall - first * 60_000);
  return second;
}
