// The pipeline presets (src/pipeline/default-pipeline.ts) and the entities' provenance: the default
// preset's names say whether the trained tagger or the rules found them; `rule-ner` finds every name by
// rules. The preset reaches the extraction threads and the CLI's `--pipeline`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle, pipelinePreset, usePipelinePreset } from '../../src/app/extract.js';
import { createExtractPool } from '../../src/app/parallel/extract-pool.js';
import { articleSource } from '../../src/core/article-source.js';
import type { Entity } from '../../src/core/records/entity.js';
import { defaultPipeline, parsePipelinePreset } from '../../src/pipeline/default-pipeline.js';
import { RULES_EXTRACTOR } from '../../src/stages/entities/entities-stage.js';
import { NER_EXTRACTOR, tagNames } from '../../src/stages/entities/ner/ner-tagger.js';
import { ensureBuilt, storyline } from '../helpers/built-cli.js';

// "Mr. President" is a name the rules find by its honorific; the tagger, trained on CoNLL, does not tag it.
const TEXT = 'Ana Ruiz, the mayor of Lima, asked: “Mr. President, will you answer?” The Red Cross said on Monday that 3 trucks had arrived.';
const ENTITY_EXTRACTORS = new Set([NER_EXTRACTOR, RULES_EXTRACTOR]);

/** The mentions the entities stage made (coref and events add mentions with their own extractors). */
const nameMentions = (entities: Entity[]) => entities.flatMap((e) => e.mentions.filter((m) => ENTITY_EXTRACTORS.has(m.extractor)).map((m) => ({ ...m, entity: e })));

describe('pipeline presets', () => {
  it('parses --pipeline names and refuses others with E_BAD_OPTION', () => {
    expect(parsePipelinePreset(undefined)).toBe('default');
    expect(parsePipelinePreset('rule-ner')).toBe('rule-ner');
    expect(() => parsePipelinePreset('rules')).toThrow(/--pipeline must be one of default, rule-ner/);
  });

  it('differ in the entities stage only', () => {
    const names = (preset: 'default' | 'rule-ner') => defaultPipeline(preset).stages.map((s) => s.name);
    expect(names('default')).toContain('entities');
    expect(names('rule-ner')).toEqual(names('default').map((n) => (n === 'entities' ? 'entities.rules' : n)));
  });

  it('default: a name the tagger found says NER_EXTRACTOR, a name only the rules found says RULES_EXTRACTOR', () => {
    const doc = defaultPipeline('default').run(TEXT, { id: 'a', published: '2024-03-04' });
    const tagged = tagNames(doc).map((s) => ({ start: doc.tokens[s.first].start, end: doc.tokens[s.end - 1].end }));
    const overlapsTagged = (m: { start: number; end: number }) => tagged.some((t) => t.start < m.end && m.start < t.end);
    const mentions = nameMentions(doc.entities);
    for (const m of mentions) expect(overlapsTagged(m), `${doc.text.slice(m.start, m.end)}: ${m.extractor}`).toBe(m.extractor === NER_EXTRACTOR);
    const byName = new Map(doc.entities.map((e) => [e.name, e.extractor]));
    expect(byName.get('Ana Ruiz')).toBe(NER_EXTRACTOR);
    expect(byName.get('Red Cross')).toBe(NER_EXTRACTOR);
    expect(byName.get('President')).toBe(RULES_EXTRACTOR);
  });

  it('rule-ner: every name is the rules\' and no tagger id appears', () => {
    const doc = defaultPipeline('rule-ner').run(TEXT, { id: 'a', published: '2024-03-04' });
    expect(doc.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Ana Ruiz', 'Lima', 'Red Cross']));
    for (const e of doc.entities) expect(e.extractor, e.name).toBe(RULES_EXTRACTOR);
    expect(nameMentions(doc.entities).every((m) => m.extractor === RULES_EXTRACTOR)).toBe(true);
    expect(JSON.stringify(doc.entities)).not.toContain(NER_EXTRACTOR);
  });

  it('usePipelinePreset switches the process\'s extraction, and back', () => {
    try {
      usePipelinePreset('rule-ner');
      expect(pipelinePreset()).toBe('rule-ner');
      expect(new Set(extractArticle({ id: 'a', text: TEXT }).entities.map((e) => e.extractor))).toEqual(new Set([RULES_EXTRACTOR]));
    } finally {
      usePipelinePreset('default');
    }
    expect(extractArticle({ id: 'a', text: TEXT }).entities.map((e) => e.extractor)).toContain(NER_EXTRACTOR);
  });
});

describe('the preset reaches threads and the CLI', () => {
  let dir = '';
  beforeAll(() => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'storyline-preset-'));
    writeFileSync(join(dir, 'a.txt'), TEXT);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('an extraction thread loads the pool\'s preset', async () => {
    const pool = createExtractPool({ workers: 1, alwaysThreads: true, pipeline: 'rule-ner' });
    try {
      const outcome = await pool.run(articleSource({ id: 'a', text: TEXT }));
      if (!('record' in outcome)) throw new Error(JSON.stringify(outcome));
      expect(new Set(outcome.record.entities.map((e) => e.extractor))).toEqual(new Set([RULES_EXTRACTOR]));
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('storyline extract --pipeline rule-ner uses the rules; an unknown preset exits 2', async () => {
    const run = await storyline(['extract', 'a.txt', '--format', 'json', '--pipeline', 'rule-ner'], dir);
    expect(run.status, run.stderr).toBe(0);
    const record = JSON.parse(run.stdout) as { entities: Entity[] };
    expect(new Set(record.entities.map((e) => e.extractor))).toEqual(new Set([RULES_EXTRACTOR]));
    const bad = await storyline(['extract', 'a.txt', '--pipeline', 'tagger'], dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--pipeline must be one of default, rule-ner.*\[E_BAD_OPTION\]/);
  }, 120_000);
});
