// An article's signature for story grouping: its strongest content terms (tf-idf when the caller
// has document frequencies, else log tf over a stop-listed vocabulary), the entities it names most
// (corpus profile ids when the store resolved them, else a name key), and its publication day.
import type { StoryRecord } from '../../core/record.js';
import { articleEntities, type ArticleEntity } from '../entities/article-entities.js';
import { entityKeys } from '../entities/entity-keys.js';
import { contentTerms } from './content-terms.js';
import type { ArticleMeta, ArticleSignature } from './types.js';

export const SIGNATURE_TERMS = 40;
export const SIGNATURE_ENTITIES = 12;
const NAME_TERM_WEIGHT = 0.3;

/** Document frequencies a store keeps over the articles it has seen (for idf weights). */
export interface TermStats {
  docCount: number;
  df(term: string): number;
}

export interface SignatureOptions {
  /** Corpus profile id per record entity (same order as record.entities), null where unresolved. */
  entityIds?: (string | null)[];
  stats?: TermStats;
  /** The record's articleEntities(), when the caller has them already (they are not cheap). */
  groups?: ArticleEntity[];
}

export function articleSignature(record: StoryRecord, meta: ArticleMeta = {}, opts: SignatureOptions = {}): ArticleSignature {
  const title = meta.title ?? record.title ?? null;
  const counts = contentTerms(record.text, title);
  // Without document frequencies, the names of the actors every article of a beat repeats would
  // outweigh what this story is about; the entity overlap already counts them, so their words count less.
  const names = opts.stats ? new Set<string>() : nameTerms(record);
  const idf = (t: string): number => (opts.stats ? Math.log((opts.stats.docCount + 1) / (opts.stats.df(t) + 1)) + 1 : names.has(t) ? NAME_TERM_WEIGHT : 1);
  const weighted = [...counts].map(([t, n]) => [t, (1 + Math.log(n)) * idf(t)] as const).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, SIGNATURE_TERMS);
  const norm = Math.sqrt(weighted.reduce((s, [, w]) => s + w * w, 0)) || 1;
  const terms = Object.fromEntries(weighted.map(([t, w]) => [t, round(w / norm)]));
  const date = (meta.published ?? record.published ?? null)?.slice(0, 10) ?? null;
  return { articleId: record.id, date, title, terms, entities: mainEntities(record, opts.groups ?? articleEntities(record), opts.entityIds) };
}

/** Content terms that are words of the article's entity names. */
function nameTerms(record: StoryRecord): Set<string> {
  const out = new Set<string>();
  for (const e of record.entities) for (const t of contentTerms(e.name, null).keys()) out.add(t);
  return out;
}

/** Entity ids (or keys) ordered by how often the article mentions them. */
function mainEntities(record: StoryRecord, groups: ArticleEntity[], entityIds?: (string | null)[]): string[] {
  const profileOf = new Map<string, string>();
  record.entities.forEach((e, i) => {
    const id = entityIds?.[i];
    if (id) profileOf.set(e.id, id);
  });
  const weight = new Map<string, number>();
  for (const { ids, entity } of groups) {
    const key = ids.map((id) => profileOf.get(id)).find((x) => x) ?? entityKeys(entity)[0];
    if (!key) continue;
    const mentions = record.entities.filter((e) => ids.includes(e.id)).reduce((s, e) => s + e.mentions.length, 0);
    weight.set(key, (weight.get(key) ?? 0) + mentions);
  }
  return [...weight].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, SIGNATURE_ENTITIES).map(([k]) => k);
}

const round = (x: number): number => Math.round(x * 10000) / 10000;
