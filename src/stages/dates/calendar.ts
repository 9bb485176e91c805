// Calendar arithmetic on plain year/month/day values (proleptic Gregorian, no time zone involved) and
// the value strings a DateMention carries: YYYY, YYYY-MM, YYYY-MM-DD (week: its Monday), YYYY-MM-DDTHH:MM.
import type { DateMention } from '../../core/records/date.js';

export type Grain = NonNullable<DateMention['grain']>;

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

/** Reads the date part of 'YYYY-MM-DD' (anything after it, such as a time, is ignored); null if invalid. */
export function parseIsoDate(text: string | null | undefined): Ymd | null {
  const m = text == null ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidYmd(d) ? d : null;
}

export function isValidYmd(d: Ymd): boolean {
  if (!Number.isInteger(d.year) || d.month < 1 || d.month > 12 || d.day < 1) return false;
  return d.day <= daysInMonth(d.year, d.month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01. */
export function dayNumber(d: Ymd): number {
  const t = new Date(0);
  t.setUTCFullYear(d.year, d.month - 1, d.day);
  return Math.round(t.getTime() / DAY_MS);
}

export function fromDayNumber(n: number): Ymd {
  const t = new Date(n * DAY_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export const addDays = (d: Ymd, n: number): Ymd => fromDayNumber(dayNumber(d) + n);

/** Adds months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(d: Ymd, n: number): Ymd {
  const index = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

export type ShiftUnit = 'year' | 'month' | 'day' | 'minute';

/** d moved by an amount of a unit; minutes count from noon, so "2 hours ago" stays on the same day. */
export function shiftBy(d: Ymd, amount: number, unit: ShiftUnit): Ymd {
  switch (unit) {
    case 'year':
      return addMonths(d, amount * 12);
    case 'month':
      return addMonths(d, amount);
    case 'day':
      return addDays(d, amount);
    case 'minute':
      return addDays(d, Math.floor((12 * 60 + amount) / 1440));
  }
}

/** 0 = Sunday ... 6 = Saturday (chrono's and JavaScript's numbering). */
export const weekdayOf = (d: Ymd): number => (((dayNumber(d) + 4) % 7) + 7) % 7;

/** The Monday of d's ISO week: a week-grain value is written as that day. */
export const mondayOf = (d: Ymd): Ymd => addDays(d, -((weekdayOf(d) + 6) % 7));

export const compareYmd = (a: Ymd, b: Ymd): number => dayNumber(a) - dayNumber(b);

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

export function formatYmd(d: Ymd): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** The value string for a resolved date at a grain; `time` is required for the time grain. */
export function formatValue(grain: Grain, d: Ymd, time?: { hour: number; minute: number }): string {
  switch (grain) {
    case 'year':
      return pad(d.year, 4);
    case 'month':
      return `${pad(d.year, 4)}-${pad(d.month)}`;
    case 'week':
      return formatYmd(mondayOf(d));
    case 'day':
      return formatYmd(d);
    case 'time':
      return `${formatYmd(d)}T${pad(time?.hour ?? 0)}:${pad(time?.minute ?? 0)}`;
  }
}

/** Minutes east of UTC as '+HH:MM' / '-HH:MM'. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
