// Durations: ISO 8601 values and the phrases that are (and are not) lengths of time.
import { describe, expect, it } from 'vitest';
import { durationCandidates, isoDuration } from './duration-extractor.js';

describe('isoDuration', () => {
  it.each([
    [3.5, 'year', 'P3Y6M'],
    [3, 'years', 'P3Y'],
    [0.5, 'year', 'P6M'],
    [18, 'months', 'P18M'],
    [1.5, 'months', 'P1.5M'],
    [2, 'weeks', 'P2W'],
    [1.5, 'weeks', 'P1.5W'],
    [2, 'fortnights', 'P4W'],
    [2.5, 'days', 'P2DT12H'],
    [0.5, 'hour', 'PT30M'],
    [1.5, 'hours', 'PT1H30M'],
    [45, 'minutes', 'PT45M'],
    [2, 'decades', 'P20Y'],
    [1, 'century', 'P100Y'],
  ])('%d %s -> %s', (amount, unit, iso) => expect(isoDuration(amount, unit)).toBe(iso));

  it('declines what is not a length', () => {
    expect(isoDuration(0, 'days')).toBeNull();
    expect(isoDuration(3, 'seconds')).toBeNull();
  });
});

const found = (text: string) => durationCandidates(text).map((c) => [text.slice(c.start, c.end), c.duration]);

describe('durationCandidates', () => {
  it.each([
    ["Russia's nearly three-and-a-half year offensive", 'three-and-a-half year', 'P3Y6M'],
    ['after more than three years of fighting', 'three years', 'P3Y'],
    ['a 10-day truce', '10-day', 'P10D'],
    ['for half an hour', 'half an hour', 'PT30M'],
    ['for a year and a half', 'a year and a half', 'P1Y6M'],
    ['the first summit in a decade', 'a decade', 'P10Y'],
    ['for the past twenty-five years', 'twenty-five years', 'P25Y'],
    ['a 2.5 hour delay', '2.5 hour', 'PT2H30M'],
  ])('%s', (text, phrase, iso) => expect(found(text)).toEqual([[phrase, iso]]));

  it.each([
    'three years ago',
    'two days later',
    'a day after the vote',
    'a three-year-old boy',
    'he earns $5bn a year',
    'one day he will return',
    'five years from now',
  ])('not a duration: %s', (text) => expect(found(text)).toEqual([]));
});
