import { describe, expect, it } from 'vitest';
import { testRecord } from '../test-record.js';
import { buildTimeline } from './build-timeline.js';
import { sentenceAround } from './sentence-around.js';

const day1 = testRecord({
  id: 'a1', published: '2025-03-06', title: 'Talks resume',
  text: 'Envoys met in Riyadh on Tuesday. "We want peace," Smith said on Monday. Later, "it is late," Smith added.',
  entities: [{ type: 'PERSON', name: 'Anna Smith', forms: ['Smith', 'Smith@1'] }],
  dates: [{ text: 'Tuesday', value: '2025-03-04' }, { text: 'Monday', value: '2025-03-03' }],
  events: [{ trigger: 'met', type: '040', label: 'Consult', date: '2025-03-04' }],
  quotes: [
    { content: ['We want peace'], cue: 'said', source: 'Smith', speaker: 'Anna Smith' },
    { content: ['it is late'], cue: 'added', source: 'Smith@1', speaker: 'Anna Smith' },
  ],
});
const day2 = testRecord({
  id: 'b1', published: '2025-03-07', title: 'Peace talks',
  text: 'Smith repeated: "We want peace." The ceasefire began in 2024.',
  entities: [{ type: 'PERSON', name: 'Anna Smith', forms: ['Smith'] }],
  quotes: [{ content: ['We want peace'], cue: 'repeated', source: 'Smith', speaker: 'Anna Smith' }],
  events: [{ trigger: 'ceasefire', type: '074', label: 'Declare ceasefire', date: '2024' }],
});

describe('buildTimeline', () => {
  const timeline = buildTimeline([
    { record: day2, meta: { publisher: 'Daily' } },
    { record: day1, meta: { publisher: 'Herald', url: 'https://h.example/1' } },
  ]);

  it('orders by the date things happened, not by publication', () => {
    expect(timeline.map((e) => [e.date, e.kind, e.content ?? e.label])).toEqual([
      ['2024', 'event', 'Declare ceasefire'],
      ['2025-03-03', 'quote', 'We want peace'],
      ['2025-03-04', 'event', 'Consult'],
      ['2025-03-06', 'quote', 'it is late'],
    ]);
  });

  it('says where each date came from, with the article as source', () => {
    const [, said, met, late] = timeline;
    expect(said).toMatchObject({ dateSource: 'stated', dateText: 'Monday', speaker: 'Anna Smith' });
    expect(met).toMatchObject({ dateSource: 'stated', dateText: 'Tuesday', snippet: 'Envoys met in Riyadh on Tuesday.' });
    expect(late).toMatchObject({ dateSource: 'published', source: { articleId: 'a1', publisher: 'Herald', url: 'https://h.example/1', published: '2025-03-06' } });
  });

  it('shows one quote carried by two articles once, with both sources', () => {
    const said = timeline.find((e) => e.content === 'We want peace')!;
    expect([said.source.articleId, ...said.alsoIn.map((s) => s.articleId)].sort()).toEqual(['a1', 'b1']);
  });

  it('names the speaker\'s corpus id from either form of entityIds', () => {
    const byArray = buildTimeline([{ record: day1, entityIds: ['p-smith'] }]);
    const byMap = buildTimeline([{ record: day1, entityIds: { e1: 42 } }]);
    expect(byArray.find((e) => e.kind === 'quote')?.speakerProfile).toBe('p-smith');
    expect(byMap.find((e) => e.kind === 'quote')?.speakerProfile).toBe('42');
  });

  it('slices spans exactly', () => {
    for (const e of timeline) {
      const record = e.source.articleId === 'a1' ? day1 : day2;
      expect(record.text.slice(e.span.start, e.span.end).length).toBeGreaterThan(0);
      expect(record.text).toContain(e.snippet);
    }
  });
});

describe('sentenceAround', () => {
  it('finds the sentence around a span', () => {
    const t = 'One two. Three four five! Six';
    const s = sentenceAround(t, t.indexOf('four'), t.indexOf('four') + 4);
    expect(t.slice(s.start, s.end)).toBe('Three four five!');
  });
});

describe('sentenceAround', () => {
  it('starts a sentence right after a line break, not one character later', () => {
    const text = 'First line.\nJohn Cordisco said the vote was close. Then he left.';
    const at = text.indexOf('vote');
    const s = sentenceAround(text, at, at + 4);
    expect(text.slice(s.start, s.end)).toBe('John Cordisco said the vote was close.');
  });
});
