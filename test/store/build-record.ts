// A small builder for article records, so store tests run without the extraction pipeline: write the
// text with [[Name|TYPE]] marks for entity names and {{...}} for quote content; the builder computes
// offsets, links each quote to the entity named before its cue word "said".
import type { StoryRecord } from '../../src/core/record.js';
import { RECORD_VERSION } from '../../src/core/record.js';
import type { Entity, EntityType } from '../../src/core/records/entity.js';
import type { Quote } from '../../src/core/records/quote.js';
import { contentHash } from '../../src/store/content-hash.js';
import type { ArticleWrite } from '../../src/store/store.js';

export interface BuildOptions {
  id: string;
  published?: string | null;
  title?: string | null;
  publisher?: string | null;
  url?: string | null;
  titles?: Record<string, string[]>;
  /** Amounts as [surface text, value, unit] found in the text. */
  amounts?: [string, number, string][];
}

export function buildRecord(marked: string, o: BuildOptions): StoryRecord {
  let text = '';
  const entities: Entity[] = [];
  const quotes: Quote[] = [];
  let lastEntity: Entity | null = null;
  const re = /\[\[([^|\]]+)\|([A-Z]+)(?:\|([^\]]+))?\]\]|\{\{([^}]+)\}\}/g;
  let at = 0;
  for (let m = re.exec(marked); m; m = re.exec(marked)) {
    text += marked.slice(at, m.index);
    at = m.index + m[0].length;
    const start = text.length;
    if (m[1] != null) {
      text += m[1];
      const canonical = m[3] ?? m[1];
      let e = entities.find((x) => x.name === canonical);
      if (!e) {
        e = { kind: 'entity', id: `e${entities.length + 1}`, type: m[2] as EntityType, name: canonical, mentions: [], titles: o.titles?.[canonical] ?? [], titleMentions: [], affiliation: null, geo: null, extractor: 'test' };
        entities.push(e);
      }
      e.mentions.push({ start, end: text.length, form: m[3] && m[3] !== m[1] ? 'surname' : 'name', extractor: 'test' });
      lastEntity = e;
    } else {
      text += m[4];
      const speaker = lastEntity;
      const source = speaker?.mentions[speaker.mentions.length - 1] ?? null;
      quotes.push({ kind: 'quote', id: `q${quotes.length + 1}`, content: [{ start, end: text.length }], cue: null, source: source && { start: source.start, end: source.end }, speaker: speaker?.id ?? null, direct: true, channel: null, extractor: 'test' });
    }
  }
  text += marked.slice(at);
  const amounts = (o.amounts ?? []).map(([surface, value, unit], i) => {
    const start = text.indexOf(surface);
    if (start < 0) throw new Error(`amount "${surface}" not in text`);
    return { kind: 'amount' as const, id: `m${i + 1}`, start, end: start + surface.length, value, unit, object: null, qualifier: 'exact' as const, min: null, max: null, extractor: 'test' };
  });
  return {
    id: o.id, version: RECORD_VERSION, published: o.published ?? null, title: o.title ?? null, url: o.url ?? null, text,
    sentences: 1, entities, quotes, dates: [], amounts, events: [], consistency: [], warnings: [],
  };
}

export function buildArticle(marked: string, o: BuildOptions, meta: Record<string, unknown> = {}): ArticleWrite {
  const record = buildRecord(marked, o);
  return {
    key: o.id, url: o.url ?? null, title: o.title ?? null, published: o.published ?? null, publisher: o.publisher ?? null, meta,
    contentHash: contentHash(record), record,
  };
}
