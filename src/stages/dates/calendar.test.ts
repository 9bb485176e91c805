// Calendar arithmetic and value formatting, as tables.
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, formatOffset, formatValue, mondayOf, parseIsoDate, weekdayOf, type Ymd } from './calendar.js';

const d = (s: string): Ymd => parseIsoDate(s) as Ymd;

describe('calendar', () => {
  it.each([
    ['2025-08-14', 4],
    ['2025-08-15', 5],
    ['2025-08-10', 0],
    ['2000-01-01', 6],
    ['1969-12-31', 3],
  ])('weekday of %s is %i', (date, weekday) => expect(weekdayOf(d(date))).toBe(weekday));

  it.each([
    ['2025-08-14', 1, '2025-08-15'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2025-08-14', -3653, '2015-08-14'],
  ])('%s plus %i days', (date, n, expected) => expect(formatValue('day', addDays(d(date), n))).toBe(expected));

  it.each([
    ['2025-08-14', -1, '2025-07-14'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-02-29', -12, '2023-02-28'],
    ['2025-08-14', -36, '2022-08-14'],
  ])('%s plus %i months', (date, n, expected) => expect(formatValue('day', addMonths(d(date), n))).toBe(expected));

  it.each([
    ['year', '2025-08-14', '2025'],
    ['month', '2025-08-14', '2025-08'],
    ['week', '2025-08-14', '2025-08-11'],
    ['week', '2025-08-17', '2025-08-11'],
    ['day', '0999-01-02', '0999-01-02'],
  ] as const)('%s value of %s', (grain, date, expected) => expect(formatValue(grain, d(date))).toBe(expected));

  it('writes times and offsets', () => {
    expect(formatValue('time', d('2025-08-15'), { hour: 11, minute: 30 })).toBe('2025-08-15T11:30');
    expect(formatOffset(-480)).toBe('-08:00');
    expect(formatOffset(330)).toBe('+05:30');
    expect(formatOffset(0)).toBe('+00:00');
  });

  it('reads only valid dates', () => {
    expect(parseIsoDate('2025-02-29')).toBeNull();
    expect(parseIsoDate('14/08/2025')).toBeNull();
    expect(parseIsoDate(null)).toBeNull();
    expect(parseIsoDate('2025-08-14T09:00:00Z')).toEqual({ year: 2025, month: 8, day: 14 });
    expect(formatValue('day', mondayOf(d('2025-08-11')))).toBe('2025-08-11');
  });
});
