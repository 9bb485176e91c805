// Dates stage on short texts we wrote, published on Thursday 14 August 2025 unless a case says otherwise:
// tense-resolved weekdays, relative and anaphoric phrases, times of day in a place's zone, durations,
// no publication date, and spans over awkward text.
import { describe, expect, it } from 'vitest';
import { Pipeline } from '../../core/pipeline.js';
import { entitiesStage } from '../entities/entities-stage.js';
import { placesStage } from '../places/places-stage.js';
import { segmentStage } from '../segment/wink-segmenter.js';
import { datesStage } from './dates-stage.js';

const PUBLISHED = '2025-08-14';
const pipeline = new Pipeline([segmentStage, entitiesStage, placesStage, datesStage]);

function dates(text: string, published: string | null = PUBLISHED) {
  return pipeline.run(text, { id: 'test', published }).dates.map((d) => ({ ...d, text: text.slice(d.start, d.end) }));
}
const valueOf = (text: string, phrase: string, published: string | null = PUBLISHED) =>
  dates(text, published).find((d) => d.text.includes(phrase) || phrase.includes(d.text))?.value;

describe('dates stage: weekdays by tense', () => {
  it.each([
    ['past narration: the latest such day, here the publication day', 'Putin on Thursday praised the US.', 'Thursday', '2025-08-14'],
    ['said on + weekday', 'He said on Wednesday that talks would go on.', 'Wednesday', '2025-08-13'],
    ['past, earlier in the week', 'The leaders met on Monday.', 'Monday', '2025-08-11'],
    ['future with will', 'The leaders will meet on Monday.', 'Monday', '2025-08-18'],
    ['attributive, future with would', 'He was not sure the Friday meeting would produce results.', 'Friday', '2025-08-15'],
    ['scheduled', 'The vote is scheduled for Saturday.', 'Saturday', '2025-08-16'],
    ['possessive, past', "Zelenskyy joined Wednesday's call from Berlin.", 'Wednesday', '2025-08-13'],
    ['present tense: the nearest such day', 'Trump meets Putin on Friday.', 'Friday', '2025-08-15'],
    ['future on the same weekday is that day', 'The court will rule on Thursday.', 'Thursday', '2025-08-14'],
    ['last + weekday', 'They spoke last Friday.', 'Friday', '2025-08-08'],
    ['next + weekday', 'They will speak next Friday.', 'Friday', '2025-08-22'],
    ['AP style, no preposition', 'Putin said Friday Russia would stay.', 'Friday', '2025-08-08'],
    ['a weekday shifted', "He raised it on the day after Monday's debate.", 'the day after Monday', '2025-08-12'],
  ])('%s', (_name, text, phrase, value) => expect(valueOf(text, phrase)).toBe(value));

  it('gives a weekday without tense the day the article gave it elsewhere', () => {
    // Alone, "Monday's debate is" (present) would be the nearest Monday, 2025-08-18.
    const found = dates("At Monday's debate, Clinton won. The impact of Monday's debate is still small.");
    expect(found.map((d) => d.value)).toEqual(['2025-08-11', '2025-08-11']);
  });

  it('records the weekday as stated and the publication date as reference', () => {
    const [d] = dates('Putin on Thursday praised the US.');
    expect(d).toMatchObject({ text: 'on Thursday', grain: 'day', stated: { weekday: 4 }, reference: PUBLISHED, extractor: 'dates.weekday-tense.v1' });
  });
});

describe('dates stage: calendar and relative phrases', () => {
  it.each([
    ['month and year', 'The Kremlin annexed it in September 2022.', 'September 2022', '2022-09'],
    ['month and year again', 'Russia invaded in February 2022.', 'February 2022', '2022-02'],
    ['since + year', 'It is the first such meeting since 2021.', 'since 2021', '2021'],
    ['a bare year after a cue', 'The law was passed in 1999.', '1999', '1999'],
    ['mid-year', 'He was elected in mid-2023.', 'mid-2023', '2023'],
    ['as of today', 'As of today, we have $1.5 billion pledged.', 'As of today', '2025-08-14'],
    ['last month', 'Prices rose last month.', 'last month', '2025-07'],
    ['years ago', 'The war began three years ago.', 'three years ago', '2022'],
    ['last week: its Monday', 'They met last week.', 'last week', '2025-08-04'],
    ['this week', 'He this week conceded ground.', 'this week', '2025-08-11'],
    ['yesterday', 'He left yesterday.', 'yesterday', '2025-08-13'],
    ['tomorrow', 'She arrives tomorrow.', 'tomorrow', '2025-08-15'],
    ['until next year', 'The plan runs until next year.', 'until next year', '2026'],
    ['N years ago + weekday', 'The dam broke 10 years ago Sunday.', '10 years ago Sunday', '2015-08-10'],
    ['month-day, future', 'Candidates will campaign until the Nov. 8 election.', 'Nov. 8', '2025-11-08'],
    ['month-day, past', 'He won the Nov. 8 election.', 'Nov. 8', '2024-11-08'],
    ['full date', 'The summit was held on Aug. 15, 2025.', 'Aug. 15, 2025', '2025-08-15'],
    ['bare month, past', 'It happened in May.', 'May', '2025-05'],
    ['bare month, future', 'It will happen in May.', 'May', '2026-05'],
    ['last + month', 'He left last August.', 'last August', '2024-08'],
    ['month of last year', 'They married in August last year.', 'August last year', '2024-08'],
  ])('%s', (_name, text, phrase, value) => expect(valueOf(text, phrase)).toBe(value));

  it('keeps the stated meaning apart from the value', () => {
    const since = dates('It is the first such meeting since 2021.')[0];
    expect(since).toMatchObject({ text: 'since 2021', value: '2021', grain: 'year', stated: { year: 2021, relative: 'since' }, reference: null });
    const ago = dates('The war began three years ago.')[0];
    expect(ago).toMatchObject({ grain: 'year', stated: { relative: 'three years ago' }, reference: PUBLISHED });
  });

  it('splits a range into its two ends', () => {
    expect(dates('He served from 2019 to 2021.').map((d) => [d.text, d.value])).toEqual([
      ['2019', '2019'],
      ['2021', '2021'],
    ]);
  });
});

describe('dates stage: the day being discussed', () => {
  it.each([
    ['a day after + event: the main clause is on the anchor', 'Starmer greeted him a day after the pair took part in a call.', 'a day after', '2025-08-14'],
    ['a day later: the anchor plus one', 'On 5 March 2020 he resigned. A day later he left.', 'A day later', '2020-03-06'],
    ['the next day', 'Leaders met on Monday. The next day they signed.', 'The next day', '2025-08-12'],
    ['the following day, no anchor: publication', 'They met the following day.', 'the following day', '2025-08-15'],
    ['days earlier', 'Two days earlier, he had resigned.', 'Two days earlier', '2025-08-12'],
    ['years later, after a year', 'In 2009 they started. Two years later, Congress cut funding.', 'Two years later', '2011'],
  ])('%s', (_name, text, phrase, value) => expect(valueOf(text, phrase)).toBe(value));

  it('anchors only within the paragraph', () => {
    expect(valueOf('On 5 March 2020 he resigned.\n\nA day later he left.', 'A day later')).toBe('2025-08-15');
  });
});

describe('dates stage: times of day', () => {
  it.each([
    [
      'a bare time takes the upcoming event day from another sentence, in the named place\'s zone',
      'Trump said the Friday meeting would go well. The talks are scheduled to start in Alaska at 11.30am local time.',
      '11.30am',
      '2025-08-15T11:30-08:00',
    ],
    ['the day discussed in the paragraph', 'The summit is on Friday. The talks start in Alaska at 11.30am local time.', '11.30am', '2025-08-15T11:30-08:00'],
    ['a weekday with a time, in a place named in the sentence', 'Explosions were heard in Kyiv at 3am on Tuesday.', '3am', '2025-08-12T03:00+03:00'],
    ['a written zone wins, read as the zone (news writes EST all year)', 'The vote closes at 8pm EST on Friday.', '8pm', '2025-08-15T20:00-04:00'],
    ['a zone word after the time', 'The stream starts at 9 p.m. Eastern time on Friday.', '9 p.m.', '2025-08-15T21:00-04:00'],
    ['an "all times" note', 'The Latest on the race (all times EDT): 7 p.m. Trump spoke.', '7 p.m.', '2025-08-14T19:00-04:00'],
    ['a 24-hour wire time', 'The talks began at 10.30pm local time (1930 GMT) on Thursday.', '1930 GMT', '2025-08-14T19:30+00:00'],
    ['no place: no offset', 'The vote closes at 8.15pm on Friday.', '8.15pm', '2025-08-15T20:15'],
  ])('%s', (_name, text, phrase, value) => expect(valueOf(text, phrase)).toBe(value));

  it('keeps each end of a range of times with its own text', () => {
    const found = dates('A curfew was announced on Wednesday from midnight to 6 a.m.');
    expect(found.map((d) => [d.text, d.value])).toEqual([
      ['on Wednesday', '2025-08-13'],
      ['midnight', '2025-08-13T00:00'],
      ['6 a.m.', '2025-08-13T06:00'],
    ]);
  });

  it('records the zone, the time as stated and the event day as reference', () => {
    const d = dates('The summit is on Friday. The talks start in Alaska at 11.30am local time.')[1];
    expect(d).toMatchObject({
      text: 'at 11.30am local time',
      grain: 'time',
      stated: { hour: 11, minute: 30 },
      reference: '2025-08-15',
      timezone: 'America/Anchorage',
    });
  });
});

describe('dates stage: durations', () => {
  it('gives a length, no value and no grain', () => {
    const [d] = dates("It comes as Trump seeks to end Russia's nearly three-and-a-half year offensive.");
    expect(d).toMatchObject({ text: 'three-and-a-half year', value: null, grain: null, duration: 'P3Y6M', extractor: 'dates.duration.v1' });
  });

  it('reads "for the past two weeks" as a length, not a point', () => {
    expect(dates('Fighting has raged for the past two weeks.').map((d) => [d.text, d.value, d.duration])).toEqual([['two weeks', null, 'P2W']]);
  });
});

describe('dates stage: without a publication date', () => {
  it.each([
    ['a weekday stays unresolved', 'The talks start on Thursday.', 'Thursday', null],
    ['a relative phrase stays unresolved', 'The war began three years ago.', 'three years ago', null],
    ['a month without a year stays unresolved', 'He left in May.', 'May', null],
    ['an absolute date resolves', 'It was annexed in September 2022.', 'September 2022', '2022-09'],
    ['an anaphoric phrase resolves against a date in the text', 'On 5 March 2020 he resigned. A day later he left.', 'A day later', '2020-03-06'],
  ])('%s', (_name, text, phrase, value) => expect(valueOf(text, phrase, null)).toBe(value));

  it('gives an unresolved mention no reference', () => {
    expect(dates('The talks start on Thursday.', null)[0]).toMatchObject({ value: null, reference: null, grain: 'day' });
  });
});

describe('dates stage: spans and ids', () => {
  it('slices the original text exactly, past CRLF, emoji, curly quotes and non-breaking spaces', () => {
    const text = '😀 Talks\r\nbegan on\u00a0Monday. “We’ll meet on Friday,” he said.\r\n\r\n👍🏽 It ended in September 2022.';
    const found = dates(text);
    expect(found.map((d) => d.text)).toEqual(['on\u00a0Monday', 'on Friday', 'September 2022']);
    expect(found.map((d) => d.value)).toEqual(['2025-08-11', '2025-08-15', '2022-09']);
  });

  it('numbers mentions d1, d2, ... in text order', () => {
    const found = dates('He left in May. She came back on Monday and left again in 1999.');
    expect(found.map((d) => d.id)).toEqual(['d1', 'd2', 'd3']);
    expect(found.map((d) => d.start)).toEqual([...found.map((d) => d.start)].sort((a, b) => a - b));
  });

  it('finishes a long document in linear time', () => {
    const paragraph = 'Putin on Thursday praised the US. The talks are scheduled to start in Alaska at 11.30am local time. Russia invaded in February 2022.\n';
    const text = paragraph.repeat(4000); // ~540 KB
    const t0 = performance.now();
    const found = dates(text);
    const elapsed = performance.now() - t0;
    expect(found.length).toBe(3 * 4000);
    expect(elapsed).toBeLessThan(60_000);
  });
});
