// The pipeline runner checks at construction that each stage's requirements are assigned by an
// earlier stage (spaCy's pipe analysis), likewise each layer a stage modifies, and says which layers
// a document has after it.
import { describe, expect, it } from 'vitest';
import type { LayerName } from '../../src/core/document.js';
import { StorylineError } from '../../src/core/errors.js';
import { Pipeline } from '../../src/core/pipeline.js';
import type { Stage } from '../../src/core/stage.js';

/** A stage that does nothing but declare its layers and note that it ran. */
function stage(name: string, requires: LayerName[], assigns: LayerName[], ran: string[] = []): Stage {
  return { name, requires, assigns, run: () => { ran.push(name); } };
}

function pipelineError(stages: Stage[]): StorylineError {
  try {
    new Pipeline(stages);
  } catch (err) {
    if (err instanceof StorylineError) return err;
    throw err;
  }
  throw new Error('expected the pipeline to be refused');
}

describe('Pipeline', () => {
  it('refuses a stage whose required layer no stage assigns', () => {
    const err = pipelineError([stage('quotes', ['tokens', 'entities'], ['quotes'])]);
    expect(err.code).toBe('E_PIPELINE');
    expect(err.message).toContain('"quotes"');
    expect(err.message).toContain('tokens, entities');
  });

  it('refuses a stage whose required layer is assigned only by a later stage', () => {
    const err = pipelineError([
      stage('entities', ['tokens'], ['entities']),
      stage('segment', ['normalized'], ['tokens', 'sentences']),
    ]);
    expect(err.code).toBe('E_PIPELINE');
    expect(err.message).toMatch(/"entities" requires tokens/);
  });

  it('names only the missing layers', () => {
    const err = pipelineError([
      stage('segment', ['normalized'], ['tokens', 'sentences']),
      stage('events', ['tokens', 'quotes', 'dates'], ['events']),
    ]);
    expect(err.message).toContain('requires quotes, dates,');
    expect(err.message).not.toContain('tokens');
  });

  it('accepts stages in dependency order and runs them in that order', () => {
    const ran: string[] = [];
    const pipeline = new Pipeline([
      stage('segment', ['normalized'], ['tokens', 'sentences'], ran),
      stage('entities', ['tokens', 'sentences'], ['entities'], ran),
      stage('quotes', ['tokens', 'entities'], ['quotes'], ran),
    ]);
    pipeline.run('Ana Ruiz spoke.', { id: 'a' });
    expect(ran).toEqual(['segment', 'entities', 'quotes']);
    expect(pipeline.layers).toEqual(['normalized', 'tokens', 'sentences', 'entities', 'quotes']);
  });

  it('provides the normalized layer without any stage', () => {
    expect(() => new Pipeline([stage('reader', ['normalized'], [])])).not.toThrow();
    expect(new Pipeline([]).layers).toEqual(['normalized']);
  });

  it('refuses a stage that modifies a layer no earlier stage assigns', () => {
    const coref: Stage = { name: 'coref', requires: ['quotes'], assigns: [], modifies: ['entities'], run: () => undefined };
    const err = pipelineError([stage('quotes', [], ['quotes']), coref]);
    expect(err.message).toMatch(/"coref" modifies entities/);
  });

  it('passes the publication date to stages as their reference date', () => {
    let seen: string | null = 'unset';
    const pipeline = new Pipeline([{ name: 'dates', requires: [], assigns: ['dates'], run: (_doc, ctx) => { seen = ctx.published; } }]);
    pipeline.run('Thursday.', { id: 'd', published: '2025-03-06' });
    expect(seen).toBe('2025-03-06');
  });
});
