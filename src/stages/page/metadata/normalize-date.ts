// Normalises a date string found on a page to ISO 8601: `YYYY-MM-DD` when only the day is known,
// `YYYY-MM-DDTHH:MM:SS` plus `Z` or `±HH:MM` when the time (and zone) is. The page's own offset is
// kept rather than converted to UTC, because the local calendar day is what relative dates in the
// text ("on Thursday") are resolved against. Forms: ISO 8601 (with or without separators, zone or
// fraction), `YYYY/MM/DD`, Unix seconds or milliseconds, and English prose dates read by chrono
// ("August 14, 2025 10:30 AM EDT", "Thu 14 Aug 2025").
import { casual } from '../../dates/chrono-en.js';

const ISO = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ]+(\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const pad = (n: number | string, w = 2) => String(n).padStart(w, '0');

function validDay(y: number, m: number, d: number): boolean {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function zone(z: string | undefined): string {
  if (!z) return '';
  if (/^z$/i.test(z)) return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(z)!;
  return `${m[1]}${m[2]}:${m[3] ?? '00'}`;
}

function fromOffsetMinutes(min: number): string {
  if (min === 0) return 'Z';
  const a = Math.abs(min);
  return `${min < 0 ? '-' : '+'}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

export function normalizeDate(raw: string): string | null {
  const s = raw.trim();
  const iso = ISO.exec(s);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (!validDay(y, m, d)) return null;
    const day = `${iso[1]}-${iso[2]}-${iso[3]}`;
    if (iso[4] == null) return day;
    if (Number(iso[4]) > 23 || Number(iso[5]) > 59) return day;
    return `${day}T${iso[4]}:${iso[5]}:${iso[6] ?? '00'}${zone(iso[7])}`;
  }
  const sl = SLASHED.exec(s);
  if (sl) return validDay(+sl[1], +sl[2], +sl[3]) ? `${sl[1]}-${pad(sl[2])}-${pad(sl[3])}` : null;
  if (/^\d{10}$|^\d{13}$/.test(s)) {
    const date = new Date(s.length === 10 ? Number(s) * 1000 : Number(s));
    const y = date.getUTCFullYear();
    return y >= MIN_YEAR && y <= MAX_YEAR ? date.toISOString().replace(/\.\d{3}Z$/, 'Z') : null;
  }
  return prose(s);
}

function prose(s: string): string | null {
  // A page's date states its year; "yesterday" or "3 hours ago" would be resolved against our clock.
  if (s.length > 120 || !/\b(?:19|20)\d{2}\b/.test(s)) return null;
  // A fixed reference keeps "Aug 14" (no year) from silently taking the current year: such
  // partial dates are refused below.
  const results = casual.parse(s, new Date(Date.UTC(2000, 0, 1)));
  const certain = (r: (typeof results)[number], ...parts: Parameters<typeof r.start.isCertain>[0][]) => parts.every((p) => r.start.isCertain(p));
  // "Fri 6:45 PM, Feb 16, 2018" reads as two results: a time on a weekday, then the date.
  const dated = results.find((r) => certain(r, 'year', 'month', 'day'));
  if (!dated) return null;
  const c = dated.start;
  const [y, m, d] = [c.get('year')!, c.get('month')!, c.get('day')!];
  if (!validDay(y, m, d)) return null;
  const day = `${y}-${pad(m)}-${pad(d)}`;
  const timed = certain(dated, 'hour') ? dated : results.find((r) => r !== dated && certain(r, 'hour') && !r.start.isCertain('day'));
  if (!timed) return day;
  const t = timed.start;
  const tz = t.isCertain('timezoneOffset') ? fromOffsetMinutes(t.get('timezoneOffset')!) : c.isCertain('timezoneOffset') ? fromOffsetMinutes(c.get('timezoneOffset')!) : '';
  return `${day}T${pad(t.get('hour')!)}:${pad(t.get('minute') ?? 0)}:${pad(t.get('second') ?? 0)}${tz}`;
}
