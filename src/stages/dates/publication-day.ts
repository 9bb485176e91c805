// The publication day as the story's readers lived it: "today", "tonight" and "yesterday" are days of the
// place the story is written from. A publication instant with a time and a UTC offset ("...T05:57:50Z",
// "...T10:18:01+05:30") is read in the zone of the dateline's place ("HAYWARD, Calif. (AP) —",
// "WASHINGTON —", "NEW DELHI:") when the text opens with one and the place has a known zone; otherwise
// the date as written (the publisher's own clock when it wrote an offset). A date without a time is
// taken as it stands.
import type { Doc } from '../../core/document.js';
import { parseIsoDate, type Ymd } from './calendar.js';
import { getGazetteer } from '../places/gazetteer.js';
import { zoneOfEntity, zoneOfPlaceName } from './time-zones.js';

/** An instant with a written offset: date, time, then Z or ±HH:MM. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;
/**
 * A dateline near the start: a place in capitals, optionally ", State", optionally "(Agency)", then a dash
 * or colon. Only the first 400 characters are searched (bylines and time stamps may come first).
 */
const DATELINE = /(?:^|[\s.])(\p{Lu}{2,}(?:[ .'’-]+\p{Lu}{2,})*)(?:,\s*(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?))?\s*(?:\([\p{L}. ]{1,30}\)\s*)?(?:—|–|--|:)\s/u;
const DATELINE_WINDOW = 400;

/** The zone of the most populous gazetteer place of that name ("BOSTON", read as a team by the tagger), or null. */
function gazetteerZone(name: string): string | null {
  let best: { population: number; timezone: string | null } | null = null;
  for (const e of getGazetteer().lookup(name)) if (e.timezone && (!best || e.population > best.population)) best = e;
  return best?.timezone ?? null;
}

/** The zone of the dateline's place (its entity's geocode, the zone table, the gazetteer), or null. */
export function datelineZone(doc: Doc): string | null {
  const m = DATELINE.exec(doc.text.slice(0, DATELINE_WINDOW));
  if (!m) return null;
  const start = m.index + m[0].indexOf(m[1]);
  const end = start + m[1].length;
  for (const e of doc.entities) {
    if (e.mentions.some((x) => x.start < end && x.end > start)) {
      const zone = zoneOfEntity(doc, e);
      if (zone) return zone;
    }
  }
  return zoneOfPlaceName(m[1]) ?? gazetteerZone(m[1]) ?? (m[2] ? zoneOfPlaceName(m[2]) : null);
}

/** The local calendar day of `published` for this document (see the header), or null without a date. */
export function publicationDay(doc: Doc, published: string | null): Ymd | null {
  const written = parseIsoDate(published);
  if (!written || !published || !INSTANT.test(published)) return written;
  const zone = datelineZone(doc);
  const ms = Date.parse(published);
  if (!zone || Number.isNaN(ms)) return written;
  try {
    const parts = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(ms));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    return { year: get('year'), month: get('month'), day: get('day') };
  } catch {
    return written; // a zone this Node does not know
  }
}
