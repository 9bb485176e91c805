// What must not be a date: modal and verb uses of month names, counts and other numbers, names that
// contain date words, bare hours, adverbs and parts of the day, ages and rates.
import { describe, expect, it } from 'vitest';
import { Pipeline } from '../../core/pipeline.js';
import { entitiesStage } from '../entities/entities-stage.js';
import { placesStage } from '../places/places-stage.js';
import { segmentStage } from '../segment/wink-segmenter.js';
import { datesStage } from './dates-stage.js';

const pipeline = new Pipeline([segmentStage, entitiesStage, placesStage, datesStage]);
const found = (text: string) => pipeline.run(text, { id: 'test', published: '2025-08-14' }).dates.map((d) => text.slice(d.start, d.end));

describe('dates stage: negative cases', () => {
  it.each([
    ['"May" the modal', 'May God bless you.'],
    ['"may" the modal', 'I may be wrong.'],
    ['"march" the verb', 'They may march to the sea.'],
    ['"march" the verb after "will"', 'Thousands will march in the capital.'],
    ['"March" as an imperative', 'March on, he said.'],
    ['a count with a thousands separator', 'More than 2,000 people attended.'],
    ['a section number', 'The Section 8 program helps renters.'],
    ['an article number', 'Article 5 applies.'],
    ['a flight number', 'Flight 370 vanished.'],
    ['a house number after "at"', 'He lives at 10 Downing Street.'],
    ['a bare number after "at"', 'They sat at 6 tables.'],
    ['a ratio with a slash', 'The vote was 7/10 in favour.'],
    ['a score', 'They won 3-2.'],
    ['a year-like count before a plural noun', 'In 2000 homes, the power failed.'],
    ['a year-like count after "of"', 'A crowd of 2000 gathered.'],
    ['a year-like count in a range of counts', 'Between 2000 and 3000 people came.'],
    ['a year-like change', 'Sales rose by 2000.'],
    ['a year-like price', 'It costs 1999 dollars.'],
    ['a weekday in a title', 'The Sunday Times reported it.'],
    ['a weekday in a named day', 'The Good Friday Agreement held.'],
    ['a weekday abbreviation', 'The Sun said so.'],
    ['"now" the adverb', 'I believe now, he is convinced.'],
    ['a part of the day alone', 'Fires broke out in the early morning.'],
    ['an age', 'The three-year-old boy was found.'],
    ['a rate', 'He earns $5bn a year.'],
    ['an idiom', 'One day he will return.'],
    ['a season with a two-digit end', 'The 2019-20 season ended.'],
    ['an ordinal', 'He was second in the race.'],
    ['a decade', 'Coal has been in decline since the 1970s.'],
    ['a vague length', 'The curfew came after several days of protests.'],
  ])('%s', (_name, text) => expect(found(text)).toEqual([]));

  it('keeps a real month next to a name that shares it', () => {
    expect(found('Theresa May spoke in May.')).toEqual(['May']);
  });
});
