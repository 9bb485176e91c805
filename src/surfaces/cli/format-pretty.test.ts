// Pretty output: quotes grouped by speaker entity, or by the source's own words when no entity is
// linked (never all unlinked quotes under the first one's source), a note when relative dates stay
// unresolved for want of --published, and counts with the right plural.
import { describe, expect, it } from 'vitest';
import { RECORD_VERSION, type StoryRecord } from '../../core/record.js';
import { describeAmount, formatPretty } from './format-pretty.js';

const TEXT =
  'Residents said the pier was unsafe. The authority said repairs would start on Thursday. ' +
  'Ana Ruiz said the plan was sound. The ministers meet again in September, according to a joint statement. ' +
  'The authority added that the pier would reopen.';

function at(phrase: string, from = 0): { start: number; end: number } {
  const start = TEXT.indexOf(phrase, from);
  if (start < 0) throw new Error(`"${phrase}" not in the text`);
  return { start, end: start + phrase.length };
}

function quote(id: string, source: string, content: string, speaker: string | null, from = 0): StoryRecord['quotes'][number] {
  const s = at(source, from);
  return { kind: 'quote', id, content: [at(content)], cue: null, source: s, speaker, direct: false, channel: null, extractor: 'test' };
}

function record(published: string | null): StoryRecord {
  const thursday = at('on Thursday');
  return {
    id: 'pier', version: RECORD_VERSION, published, title: null, url: null, text: TEXT, sentences: 5,
    entities: [{ kind: 'entity', id: 'e1', type: 'PERSON', name: 'Ana Ruiz', mentions: [{ ...at('Ana Ruiz'), form: 'name', extractor: 'test' }], titles: [], titleMentions: [], affiliation: null, geo: null, extractor: 'test' }],
    quotes: [
      quote('q1', 'Residents', 'the pier was unsafe', null),
      quote('q2', 'The authority', 'repairs would start on Thursday', null),
      quote('q3', 'Ana Ruiz', 'the plan was sound', 'e1'),
      quote('q4', 'a joint statement', 'The ministers meet again in September', null),
      quote('q5', 'The authority', 'the pier would reopen', null, TEXT.indexOf('The authority added')),
    ],
    dates: [{ kind: 'date', id: 'd1', ...thursday, value: published ? '2025-03-06' : null, grain: 'day', duration: null, stated: { weekday: 4 }, reference: published, timezone: null, extractor: 'test' }],
    amounts: [], events: [], consistency: [], warnings: [],
  };
}

/** The quote lines under each heading of "Who said what". */
function groups(out: string): Record<string, string[]> {
  const section = out.split('Who said what\n')[1]!.split('\n\n')[0]!;
  const result: Record<string, string[]> = {};
  let heading = '';
  for (const line of section.split('\n')) {
    if (/^ {2}\S/.test(line)) result[(heading = line.trim())] = [];
    else if (/^ {4}\S/.test(line)) result[heading]!.push(line.trim());
  }
  return result;
}

describe('formatPretty', () => {
  it('groups quotes by speaker entity, else by the source words, never merging different sources', () => {
    expect(groups(formatPretty(record('2025-03-06'), false))).toEqual({
      Residents: ['the pier was unsafe'],
      'The authority': ['repairs would start on Thursday', 'the pier would reopen'],
      'Ana Ruiz': ['the plan was sound'],
      'a joint statement': ['The ministers meet again in September'],
    });
  });

  it('notes relative dates left unresolved when there is no publication date', () => {
    const without = formatPretty(record(null), false);
    expect(without).toContain('Timeline\n  1 relative date ("on Thursday") unresolved: no publication date; pass --published YYYY-MM-DD');
    const dated = formatPretty(record('2025-03-06'), false);
    expect(dated).toMatch(/Timeline\n {2}2025-03-06 +on Thursday/);
    expect(dated).not.toContain('unresolved');
  });

  it('counts with the right plural in the heading', () => {
    expect(formatPretty(record(null), false)).toContain('(5 sentences, 1 entity, 5 quotes)');
  });
});

describe('describeAmount', () => {
  it.each([
    [{ value: 2, unit: 'people', object: 'ministers' }, '2 ministers'],
    [{ value: 1, unit: 'people', object: null }, '1 person'],
    [{ value: 3, unit: 'people', object: null }, '3 people'],
    [{ value: 4, unit: 'year', object: null }, '4 years'],
    [{ value: 1, unit: 'year', object: null }, '1 year'],
    [{ value: 2, unit: 'h', object: null }, '2 h'],
    [{ value: 7, unit: 'count', object: 'drones' }, '7 drones'],
    [{ value: 40000000, unit: 'USD', object: null }, '40000000 USD'],
    [{ value: 12, unit: 't', object: 'grain' }, '12 t of grain'],
  ])('%o -> %s', (amount, expected) => {
    expect(describeAmount(amount)).toBe(expected);
  });
});
