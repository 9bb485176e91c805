// Issue 22, finding 3: a text of 140,000 short attributions ("Al said no.") gives 140,000 quotes, with
// no "Maximum call stack size exceeded" (the refiner once spread every kept attribution into push()).
import { describe, expect, it } from 'vitest';
import { Pipeline } from '../../core/pipeline.js';
import { segmentStage } from '../segment/wink-segmenter.js';
import { syntaxStage } from '../syntax/syntax-stage.js';
import { entitiesStage } from '../entities/entities-stage.js';
import { quotesStage } from './quotes-stage.js';

describe('quotes stage on input-sized counts', () => {
  it('extracts 140,000 quotes in one document', () => {
    const n = 140_000;
    const doc = new Pipeline([segmentStage, syntaxStage, entitiesStage, quotesStage]).run('Al said no. '.repeat(n), {
      id: 'many', published: null, title: null, url: null, source: null, language: 'en', page: null,
    });
    expect(doc.quotes.length).toBeGreaterThan(n * 0.99);
  }, 60_000);
});
