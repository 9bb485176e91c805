// Dates as a careful reader resolves them on real pages (issue 20), each case a sentence we wrote with a
// fixed publication instant: the story's own timeline, the direction the clause's tense gives, the
// publication instant read in the dateline's zone, calendar periods (weekends, "the end of the year",
// seasons), years with no cue, and what looks like a date but is not (game clocks, percentages, a paper's
// name, "N years after" an undated event).
import { describe, expect, it } from 'vitest';
import { Pipeline } from '../../core/pipeline.js';
import { entitiesStage } from '../entities/entities-stage.js';
import { placesStage } from '../places/places-stage.js';
import { segmentStage } from '../segment/wink-segmenter.js';
import { datesStage } from './dates-stage.js';

const pipeline = new Pipeline([segmentStage, entitiesStage, placesStage, datesStage]);

function dates(text: string, published: string) {
  return pipeline.run(text, { id: 'test', published }).dates.map((d) => ({ ...d, text: text.slice(d.start, d.end) }));
}
const valueOf = (text: string, phrase: string, published: string) =>
  dates(text, published).find((d) => d.text.includes(phrase) || phrase.includes(d.text))?.value;

describe('dates on real pages: the story timeline and the tense decide', () => {
  it.each([
    // [name, published, text, phrase, value]
    ['"the previous week" anchors on the story date, not publication', '2025-11-14', 'The strike began on Sept. 30. The previous week, talks had collapsed.', 'previous week', '2025-09-22'],
    ['a bare month takes the year stated earlier in its sentence', '2019-11-19', 'In 2016, the company said it would finish by December.', 'December', '2016-12'],
    ['but not across a semicolon', '2019-11-19', 'The sale closed in June 2018; he remains the owner as of March 20.', 'March 20', '2019-03-20'],
    ['"as of" + month-day in a present clause looks back', '2019-11-19', 'He holds 24% of the shares as of March 20.', 'March 20', '2019-03-20'],
    ['"as of" in a future clause looks forward', '2019-11-19', 'As of Jan. 1 the new rule will apply.', 'Jan. 1', '2020-01-01'],
    ['past weekday in a noun phrase: the latest one', '2025-08-16', "The champion retired after Thursday night's fight.", 'Thursday', '2025-08-14'],
    ['"is due to" + weekday: the coming one', '2025-08-13', 'The two sides are due to hold a meeting on Friday.', 'Friday', '2025-08-15'],
    ['a preview published on a Friday: "meet ... Monday" is the coming Monday', '2025-08-15', 'The teams meet at the stadium Monday in the final.', 'Monday', '2025-08-18'],
    ['"last Tuesday": the Tuesday before publication', '2025-08-14', 'The sides met last Tuesday.', 'Tuesday', '2025-08-12'],
    ['a planned meeting "in September", published in March: the coming September', '2025-03-10', 'The leaders plan to meet in September.', 'September', '2025-09'],
    ['"scheduled for" + month: the coming one', '2025-03-10', 'The summit is scheduled for September.', 'September', '2025-09'],
    ['the verb before "that" dates the weekday, not the clause after it', '2019-11-19', 'Reed told investors on Oct. 31 that the merger would allow cuts.', 'Oct. 31', '2019-10-31'],
    ['a sentence without a verb continues the narration before it', '2019-11-19', 'The chain has sent it on a quest for a partner. In December, the firm bid $16 a share for its rival.', 'December', '2018-12'],
    ['"Aug. 9" after a time keeps its month', '2019-11-19', 'No checks were made from 10:30 p.m. Aug. 9 to 6:30 a.m. the following morning.', 'Aug. 9', '2019-08-09'],
    ['"the following morning" follows that day', '2019-11-19', 'No checks were made from 10:30 p.m. Aug. 9 to 6:30 a.m. the following morning.', 'following morning', '2019-08-10'],
    ['a date after a reduced relative participle takes its tense, not the main verb\'s', '2019-11-18', 'A tariff imposed on goods in September would remain.', 'September', '2019-09'],
    ['the same with a weekday', '2019-11-18', 'The man arrested on Friday will appear in court.', 'Friday', '2019-11-15'],
    ['a participle inside a verb group ("is expected to pass") is no reduced relative: the future stays', '2019-11-18', 'The vote is expected to pass in June.', 'June', '2020-06'],
    ['"the week after <event>" is the anchor\'s week', '2019-11-19', 'The stock rose 2% to begin the week after the brand took a stake.', 'the week after', '2019-11-18'],
  ])('%s', (_name, published, text, phrase, value) => expect(valueOf(text, phrase, published)).toBe(value));
});

describe('dates on real pages: the publication day in the dateline\'s zone', () => {
  it.each([
    ['an evening US story stamped in UTC: "tonight" is the local day', '2025-08-15T03:30:00Z', 'BOSTON (AP) — The Red Sox play tonight.', 'tonight', '2025-08-14'],
    ['an offset written by the publisher, read in the dateline\'s zone', '2019-11-19T04:50:22+00:00', 'WASHINGTON — NASA said today it will add five firms.', 'today', '2019-11-18'],
    ['the same instant with no dateline stays as written', '2025-08-15T03:30:00Z', 'The Red Sox play tonight.', 'tonight', '2025-08-15'],
    ['a date without a time is taken as it stands', '2025-08-15', 'BOSTON (AP) — The Red Sox play tonight.', 'tonight', '2025-08-15'],
  ])('%s', (_name, published, text, phrase, value) => expect(valueOf(text, phrase, published)).toBe(value));

  it('records the local day as the reference', () => {
    const [d] = dates('BOSTON (AP) — The Red Sox play tonight.', '2025-08-15T03:30:00Z');
    expect(d.reference).toBe('2025-08-14');
  });
});

describe('dates on real pages: calendar periods and years without a cue', () => {
  it.each([
    ['"over the weekend" published on a Monday: the weekend before (its ISO week)', '2019-11-18', 'They met over the weekend.', 'over the weekend', '2019-11-11'],
    ['"last weekend\'s" on a Wednesday', '2019-11-20', "A person briefed on last weekend's call said so.", 'last weekend', '2019-11-11'],
    ['"this weekend" in a future clause: the coming one', '2019-11-20', 'They will meet this weekend.', 'this weekend', '2019-11-18'],
    ['"the end of the year"', '2019-11-19', 'More games roll out through the end of the year.', 'end of the year', '2019'],
    ['"the beginning of the week": its Monday', '2019-11-19', 'The deal was announced at the beginning of the week.', 'beginning of the week', '2019-11-18'],
    ['"the start of next year"', '2019-11-19', 'It opens at the start of next year.', 'start of next year', '2020'],
    ['"this fall"', '2019-11-19', 'The agency was paid this fall.', 'this fall', '2019'],
    ['"last summer" in November', '2019-11-19', 'He left last summer.', 'last summer', '2019'],
    ['"last summer" in March', '2019-03-01', 'He left last summer.', 'last summer', '2018'],
    ['"next spring"', '2019-11-19', 'It opens next spring.', 'next spring', '2020'],
    ['a month before the noun it qualifies', '2019-11-19', 'He spoke during a September hearing of the panel.', 'September', '2019-09'],
    ['"as of" + year', '2019-11-19', 'As of 2016, the country had admitted 1.4 million refugees.', '2016', '2016'],
    ['"into" + year', '2019-11-19', 'Games roll out into 2020.', '2020', '2020'],
    ['a year as a subject', '2019-11-19', 'He said 2021 and 2022 will be better.', '2021', '2021'],
    ['"the" + year + a name', '2019-11-19', 'The plan dates from the 2010 NASA authorization act.', '2010', '2010'],
    ['"the" + year + an adjective', '2019-11-19', 'He won the 2016 Democratic primary.', '2016', '2016'],
    ['a year after an adverb', '2019-11-19', 'The launch slips to late 2020, and more likely 2021.', 'likely 2021', '2021'],
  ])('%s', (_name, published, text, phrase, value) => expect(valueOf(text, phrase, published)).toBe(value));
});

describe('dates on real pages: not dates', () => {
  const found = (text: string, published = '2019-11-19') => dates(text, published).map((d) => `${d.text}=${d.value}`);
  it.each([
    ['a percentage read as a time', 'The rate fell from 2.18 percent to 2.1 percent.'],
    ['a game clock', 'Smith scored at 7:14 of the third period.'],
    ['time left in a game', 'They equalised with 2:05 left.'],
    ['time remaining', 'He scored with 7:30 remaining in the game.'],
    ['a paper\'s name', 'He told USA Today that he would run.'],
    ['an amount with a currency sign', 'The ticket cost $2020.'],
    ['a flight number', 'He flew on Flight 2019 to Oslo.'],
    ['a count after "of"', 'A crowd of 2000 gathered.'],
    ['a count after "about"', 'About 2000 came.'],
    ['a year-like count before a plural noun', 'He scored 2019 points.'],
    ['a year-like count before a capitalised plural', 'The 2000 Americans who marched were tired.'],
    ['a bare season is a noun', 'A rainless fall left the brush dry.'],
  ])('%s', (_name, text) => expect(found(text)).toEqual([]));

  it.each([
    ['"N years after" an undated event is unresolved', 'Seven years after the war ended, he returned.', 'Seven years after'],
    ['"N months before" an undated event is unresolved', 'Three months before the vote, polls shifted.', 'Three months before'],
  ])('%s', (_name, text, phrase) => {
    const d = dates(text, '2019-11-19').find((x) => x.text === phrase);
    expect(d?.value ?? null).toBeNull();
  });

  it('keeps a real time of day and "today" that starts a sentence', () => {
    expect(found('Today the polls open, and the count starts at 7:30 p.m.')).toEqual(['Today=2019-11-19', 'at 7:30 p.m.=2019-11-19T19:30']);
  });
});
