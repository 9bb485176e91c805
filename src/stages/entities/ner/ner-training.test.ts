// Training helpers: gold character spans aligned to Storyline tokens, given names from gold person
// names, and the honorific augmentation keeping every offset on its text.
import { describe, expect, it } from 'vitest';
import { Pipeline } from '../../../core/pipeline.js';
import { segmentStage } from '../../segment/wink-segmenter.js';
import { firstNamesIn, goldSpans, withHonorifics, type GoldDoc } from './ner-training.js';

const pipeline = new Pipeline([segmentStage]);

function conll(sentences: string[], names: [string, string][]): GoldDoc {
  const text = sentences.join('\n');
  const tokens: [number, number][] = [];
  for (const m of text.matchAll(/\S+/g)) tokens.push([m.index, m.index + m[0].length]);
  const entities = names.map(([name, type]) => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, type, text: name };
  });
  return { id: 'toy', text, tokens, entities };
}

const gold = conll(
  ['Peter Blackburn met U.S. officials in New York-based Acme .', 'Blackburn said the Jean-Marie Le Pen visit was off .'],
  [['Peter Blackburn', 'PER'], ['U.S.', 'LOC'], ['Acme', 'ORG'], ['Jean-Marie Le Pen', 'PER']],
);

describe('goldSpans', () => {
  it('marks the Storyline tokens that lie inside each gold name', () => {
    const doc = pipeline.run(gold.text, { id: gold.id });
    const words = goldSpans(doc, gold.entities).map((s) => `${gold.text.slice(doc.tokens[s.first].start, doc.tokens[s.end - 1].end)}/${s.type}`);
    expect(words).toEqual(['Peter Blackburn/PER', 'U.S./LOC', 'Acme/ORG', 'Jean-Marie Le Pen/PER']);
  });
});

describe('firstNamesIn', () => {
  it('takes the first word of person names of two or more words', () => {
    expect([...firstNamesIn(gold)]).toEqual(['peter']);
  });
});

describe('withHonorifics', () => {
  it('inserts honorifics before person names and shifts every offset', () => {
    const out = withHonorifics(gold, 1, () => 0);
    expect(out.text.startsWith('Mr. Peter Blackburn met')).toBe(true);
    expect(out.entities.map((e) => out.text.slice(e.start, e.end))).toEqual(gold.entities.map((e) => gold.text.slice(e.start, e.end)));
    expect(out.tokens.map(([s, e]) => out.text.slice(s, e)).join(' ')).toBe(out.text.replace(/Mr\. /g, '').replace(/\n/g, ' '));
  });

  it('leaves a document alone at rate 0', () => {
    expect(withHonorifics(gold, 0, () => 0.5)).toEqual(gold);
  });
});
