// Stage contracts can be trusted (issue 19): each stage of the default pipeline runs on a document
// (test/helpers/guarded-doc.ts) that throws when the stage reads a layer it does not declare, assigns
// one it does not assign or modify, or edits one it only requires. The first cases show the guard
// catches each kind of breach, with deliberately wrong stages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/core/document.js';
import { Pipeline } from '../../src/core/pipeline.js';
import type { Stage } from '../../src/core/stage.js';
import { defaultPipeline } from '../../src/pipeline/default-pipeline.js';
import { ContractError, guardedDoc } from '../helpers/guarded-doc.js';

const ARTICLES = [
  { id: 'summit', text: readFileSync(new URL('../../examples/summit.txt', import.meta.url), 'utf8'), published: '2025-03-06' },
  // Local times need the time zone of a place (dates read places); a demonym gets its country.
  {
    id: 'local-time',
    text: 'The blast hit a market in Kharkiv at 3 p.m. local time on Thursday, Ukrainian officials said. "We counted 14 injured," said Oleh Syniehubov, the regional governor. Russia denied it.',
    published: '2025-03-06',
  },
];

const stages = defaultPipeline().stages;

/** A document as the stages before `index` leave it. */
const docBefore = (index: number, a: (typeof ARTICLES)[number]): Doc => new Pipeline(stages.slice(0, index)).run(a.text, { id: a.id, published: a.published });

describe('the guard catches a stage that breaks its contract', () => {
  const doc = () => docBefore(stages.findIndex((s) => s.name === 'quotes'), ARTICLES[1]);
  const wrong: [string, Stage, RegExp][] = [
    // As dates did, reading the time zones of places with only entities required.
    ['reads a layer it does not require', { name: 'reads-places', requires: ['tokens', 'entities'], assigns: ['dates'], run: (d) => void d.places.size }, /read the layer "places"/],
    ['assigns a layer it does not declare', { name: 'writes-dates', requires: ['tokens'], assigns: [], run: (d) => void (d.dates = []) }, /wrote the layer "dates"/],
    // As events and coref did, editing entities while declaring them required (or assigned) only.
    ['edits a layer it only requires', { name: 'edits-entities', requires: ['entities'], assigns: [], run: (d) => void (d.entities[0].name = 'X') }, /read.only/],
    ['adds to a layer it only requires', { name: 'adds-entity', requires: ['entities'], assigns: [], run: (d) => void d.entities.push(d.entities[0]) }, /not extensible|read.only/],
  ];
  for (const [why, stage, message] of wrong) {
    it(why, () => {
      expect(() => stage.run(guardedDoc(doc(), stage), { published: null })).toThrow(message);
    });
  }

  it('a read of an undeclared layer is a ContractError', () => {
    const stage: Stage = { name: 'reads-quotes', requires: [], assigns: [], run: (d) => void d.quotes };
    expect(() => stage.run(guardedDoc(doc(), stage), { published: null })).toThrow(ContractError);
  });

  it('a stage that keeps to its contract runs', () => {
    const fine: Stage = { name: 'fine', requires: ['entities'], assigns: [], modifies: ['entities'], run: (d) => void (d.entities[0].name = 'X') };
    expect(() => fine.run(guardedDoc(doc(), fine), { published: null })).not.toThrow();
  });
});

describe('every stage of the default pipeline keeps to its declared layers', () => {
  for (const [index, stage] of stages.entries()) {
    it(`${stage.name}: requires ${stage.requires.join(', ')}; assigns ${stage.assigns.join(', ') || 'nothing'}; modifies ${stage.modifies?.join(', ') || 'nothing'}`, () => {
      for (const a of ARTICLES) {
        const doc = docBefore(index, a);
        stage.run(guardedDoc(doc, stage), { published: a.published });
      }
    });
  }
});
