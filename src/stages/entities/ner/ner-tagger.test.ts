// The shipped name tagger on sentences we wrote, the shape of its output, and the fast decoding path
// (cached word vectors, template maps) against the plain training path (feature strings).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Pipeline } from '../../../core/pipeline.js';
import { FeatureIndex } from '../../../models/sequence-perceptron.js';
import { loadWeights } from '../../../models/stored-sequence-weights.js';
import { segmentStage } from '../../segment/wink-segmenter.js';
import { docFacts, docFeatures } from './ner-doc-features.js';
import { getNerGazetteer } from './ner-gazetteer.js';
import { NER_MODEL_URL, NerTagger, tagNames, type NerModelFile } from './ner-tagger.js';
import { FeatureTable, decodeDoc, mergeEncoded, prepareTrainingDoc } from './ner-training.js';

const pipeline = new Pipeline([segmentStage]);
const segment = (text: string) => pipeline.run(text, { id: 'test' });

function names(text: string): string[] {
  const doc = segment(text);
  return tagNames(doc).map((n) => `${text.slice(doc.tokens[n.first].start, doc.tokens[n.end - 1].end)}/${n.type}`);
}

describe('tagNames (shipped model)', () => {
  it.each([
    ['Foreign Minister Ana Ruiz met officials of the Acme Group in Lima.', ['Ana Ruiz/PERSON', 'Acme Group/ORG', 'Lima/GPE']],
    ['German Chancellor Eva Brandt flew to Europe on Monday.', ['German/NORP', 'Eva Brandt/PERSON', 'Europe/LOC']],
    ['Protesters gathered near Heathrow Airport and on Downing Street.', ['Heathrow Airport/FAC', 'Downing Street/FAC']],
    ['The Olympic Games in Atlanta drew athletes from Kenya.', ['Olympic Games/EVENT', 'Atlanta/GPE', 'Kenya/GPE']],
    ['Mr. Petrov told the Wall Street Journal that Gazprom would sue.', ['Petrov/PERSON', 'Wall Street Journal/ORG', 'Gazprom/ORG']],
    ['Meanwhile, on Thursday in March the river rose. However, nobody came.', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('keeps a name consistent through a document, all-caps headline included', () => {
    const got = names('ZORVAN WINS IN BRASOV\nMarek Zorvan won the race in Brasov on Sunday. Zorvan said he was tired.');
    expect(got.filter((n) => /zorvan/i.test(n))).toEqual(['ZORVAN/PERSON', 'Marek Zorvan/PERSON', 'Zorvan/PERSON']);
  });

  it('returns token ranges in order, non-overlapping, inside one sentence', () => {
    const doc = segment('Ana Ruiz met Pedro Gil in Lima. The United Nations said the Red Cross would help.');
    const spans = tagNames(doc);
    expect(spans.length).toBeGreaterThan(3);
    let last = 0;
    for (const s of spans) {
      expect(s.first).toBeGreaterThanOrEqual(last);
      expect(s.end).toBeGreaterThan(s.first);
      expect(doc.tokens[s.first].sentence).toBe(doc.tokens[s.end - 1].sentence);
      last = s.end;
    }
  });
});

describe('decoding paths', () => {
  it('the fast path tags exactly as the training path does with the same weights', () => {
    const model = JSON.parse(readFileSync(NER_MODEL_URL, 'utf8')) as NerModelFile;
    const gaz = getNerGazetteer();
    const sample = [
      'EU REJECTS GERMAN CALL TO BOYCOTT BRITISH LAMB',
      'Peter Blackburn, BRUSSELS 1996-08-22',
      'The European Commission said on Thursday it disagreed with German advice to consumers to shun British lamb.',
      "Germany's representative to the European Union's veterinary committee Werner Zwingmann said on Wednesday consumers should buy sheepmeat from countries other than Britain.",
      '"We do not support any such recommendation," the Commission\'s chief spokesman Nikolaus van der Pas told a news briefing in Brussels | Belgium.',
    ].join('\n');
    const doc = segment(sample);
    const fast1 = new NerTagger({ ...model, passes: model.passes.slice(0, 1) }, gaz);
    const fast2 = new NerTagger(model, gaz);
    const scheme = fast2.scheme;
    const mask = scheme.mask();
    const p = prepareTrainingDoc(doc, [], gaz, scheme);
    const encodeWith = (pass: number) => {
      const table = new FeatureTable();
      table.index = new FeatureIndex();
      for (const name of model.passes[pass].features) table.index.id(name, true);
      return table;
    };
    const table1 = encodeWith(0);
    const slow1 = decodeDoc(loadWeights(model.passes[0]).weights, mask, p, table1.encode(p, false));
    expect([...fast1.tagTokens(doc)]).toEqual([...slow1]);
    const table2 = encodeWith(1);
    const facts = docFacts(p.view, slow1, scheme);
    const enc2 = mergeEncoded(table2.encode(p, false), table2.encodeExtra(doc.tokens.length, (i, sink) => docFeatures(p.view, facts, scheme, i, sink), false));
    const slow2 = decodeDoc(loadWeights(model.passes[1]).weights, mask, p, enc2);
    expect([...fast2.tagTokens(doc)]).toEqual([...slow2]);
    expect(scheme.decode(slow2).length).toBeGreaterThan(8);
  });
});
