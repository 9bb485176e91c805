// What the amounts stage must NOT extract: years, dates, times, ordinals, phone numbers, identifiers,
// pronoun "one", idioms with "a"/"one", and numbers inside compound words. Each row: a name, the
// text, and a piece of it that no amount may overlap.
import { describe, expect, it } from 'vitest';
import { Doc } from '../../core/document.js';
import { segmentStage } from '../segment/wink-segmenter.js';
import { amountsStage } from './amounts-stage.js';

function spansOf(text: string): string[] {
  const doc = Doc.create(text, { id: 'test' });
  segmentStage.run(doc, { published: null });
  amountsStage.run(doc, { published: null });
  return doc.amounts.map((a) => text.slice(a.start, a.end));
}

const NEGATIVE: [string, string, string][] = [
  ['a year after a preposition', 'The war began in 2022.', '2022'],
  ['a year after a month', 'Russia invaded in February 2022.', '2022'],
  ['a year range', 'The 2014-2022 conflict ended.', '2014-2022'],
  ['a season', 'The 2022-23 season was long.', '2022-23'],
  ['a year before a singular noun', 'The 2024 election was close.', '2024'],
  ['a year before a plural after a preposition', 'Since 2014 troops have fought there.', '2014'],
  ['month then day', 'They met on August 15.', '15'],
  ['day then month', 'They met on 15 August 2025.', '15'],
  ['abbreviated month', 'It ended on Aug. 3.', '3'],
  ['day range before a month', 'The summit runs 15-16 August.', '15-16'],
  ['clock time split by the tokenizer', 'The talks start at 11.30am local time.', '11.30am'],
  ['pm time', 'It opens at 9.15pm tonight.', '9.15pm'],
  ['a.m. time', 'They met at 10 a.m. sharp.', '10'],
  ['time zone', 'The strike came at 1500 GMT.', '1500'],
  ['clock after at', 'At 11.30 the doors open.', '11.30'],
  ['colon time', 'The vote is at 11:30 today.', '11:30'],
  ['ordinal word', 'It was the first meeting since 2021.', 'first'],
  ['second as an ordinal', 'A second meeting could follow.', 'second'],
  ['ordinal digits', 'It is the 21st century.', '21st'],
  ['ordinal compound', 'The twenty-first round began.', 'twenty'],
  ['phone number with dashes', 'Call 555-123-4567 now.', '555-123-4567'],
  ['international phone number', 'Call +44 20 7946 0958 now.', '20 7946 0958'],
  ['bracketed phone number', 'Call (020) 7946 0958 now.', '7946 0958'],
  ['one of the', 'He is one of the leaders.', 'one'],
  ['pronoun one', 'She is the one who left.', 'one'],
  ['one another', 'They blamed one another.', 'one'],
  ['no one', 'No one came to the meeting.', 'one'],
  ['idiom: one day', 'One day, he will return.', 'One'],
  ['a day after', 'A day after the call, he left.', 'A day'],
  ['an hour later', 'About an hour later, he left.', 'an hour'],
  ['No 10', 'They met at No 10 Downing Street.', '10'],
  ['No. 10', 'They met at No. 10 in the morning.', '10'],
  ['a street address', 'He lives at 10 Downing Street.', '10'],
  ['article number', 'Article 5 applies to all members.', '5'],
  ['model number', 'He flew on a Boeing 737 yesterday.', '737'],
  ['product version', 'The laptop runs Windows 10 now.', '10'],
  ['three-way', 'He proposed a three-way summit.', 'three'],
  ['two-thirds', 'Two-thirds of voters agreed.', 'Two'],
  ['one-on-one', 'They held one-on-one talks.', 'one'],
  ['the 27-member bloc', 'The 27-member bloc agreed.', '27'],
  ['a score', 'Kyiv won 3-1 at home.', '3-1'],
  ['identifiers with digits', 'Covid-19 spread; the G7 met; MH17 fell; F-16s flew.', '19'],
  ['decades', 'Prices rose in the 1990s and 70s.', '1990s'],
  ['a pair is not a number word', 'The pair took part in a call.', 'pair'],
  ['leading zero', 'Dial 020 for London.', '020'],
  ['o\'clock in words', 'He tweeted at three o’clock in the morning.', 'three'],
  ['a long id', 'The tweet 778257943577919488 was deleted.', '778257943577919488'],
  ['a number word in a place name', 'Rescuers worked at Ground Zero all week.', 'Zero'],
  ['a number word in a company name', 'Zero Hedge asked about it.', 'Zero'],
];

describe('amounts stage: what is not an amount', () => {
  it.each(NEGATIVE)('%s', (_name, text, piece) => {
    const at = text.indexOf(piece);
    expect(at, 'the piece must occur in the text').toBeGreaterThanOrEqual(0);
    const doc = Doc.create(text, { id: 'test' });
    segmentStage.run(doc, { published: null });
    amountsStage.run(doc, { published: null });
    const hits = doc.amounts.filter((a) => a.start < at + piece.length && at < a.end).map((a) => text.slice(a.start, a.end));
    expect(hits, `amounts over ${JSON.stringify(piece)}`).toEqual([]);
  });

  it('finds nothing in a text with no amounts', () => {
    expect(spansOf('Mr Putin said the talks were useful, and Mr Trump agreed the next day.')).toEqual([]);
  });
});
