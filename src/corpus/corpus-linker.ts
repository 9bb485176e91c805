// The corpus algorithms behind the store's CorpusLinker interface (src/store/store.ts): the store
// calls these while it writes one article, with numeric corpus ids and opaque JSON profiles and
// story signatures. This file converts between the two: an entity profile is an EntityProfile, a
// story signature is a StoryProfile, ids travel as strings inside and numbers outside. The types
// below mirror the store's structurally, so the store depends on src/corpus and not the reverse.
// Idf for story signatures comes from `stats` (default: learnt from the articles this process has
// linked; see term-stats.ts).
import type { StoryRecord } from '../core/record.js';
import type { Entity } from '../core/records/entity.js';
import { articleEntities, type ArticleEntity } from './entities/article-entities.js';
import { entityKeys } from './entities/entity-keys.js';
import { matchEntity } from './entities/match-entity.js';
import { mergeProfile } from './entities/merge-profile.js';
import type { EntityMatch as CorpusMatch, EntityProfile } from './entities/types.js';
import { addToStory } from './stories/add-to-story.js';
import { articleSignature, type TermStats } from './stories/article-signature.js';
import { chooseStory, WINDOW_DAYS } from './stories/choose-story.js';
import { contentTerms } from './stories/content-terms.js';
import { storyKeys } from './stories/story-keys.js';
import { LearnedTermStats } from './stories/term-stats.js';
import type { ArticleSignature, StoryProfile } from './stories/types.js';

type Json = Record<string, unknown>;
interface LinkedEntity { id: number; type: string; name: string; profile: Json }
interface LinkedStory { id: number; title: string; signature: Json; articleCount: number; firstPublished: string | null; lastPublished: string | null }

export interface LinkerOptions {
  /** Document frequencies for idf; default: learnt from the articles linked in this process. */
  stats?: TermStats & { observe?(terms: Iterable<string>): void };
  windowDays?: number;
}

export function corpusLinker(options: LinkerOptions = {}) {
  const stats = options.stats ?? new LearnedTermStats();
  const windowDays = options.windowDays ?? WINDOW_DAYS;
  const groups = new WeakMap<StoryRecord, Map<string, ArticleEntity>>();
  const matches = new WeakMap<StoryRecord, Map<string, CorpusMatch>>();
  const signatures = new WeakMap<StoryRecord, { ids: string; sig: ArticleSignature }>();

  /** The article's grouped entity that `e` heads (the first id of its group). */
  const mentioned = (e: Entity, record: StoryRecord): ArticleEntity => {
    let byHead = groups.get(record);
    if (!byHead) {
      byHead = new Map(articleEntities(record).map((a) => [a.ids[0], a]));
      groups.set(record, byHead);
    }
    return byHead.get(e.id) ?? { ids: [e.id], entity: { type: e.type, name: e.name, aliases: [e.name], titles: e.titles, affiliation: e.affiliation, geo: e.geo } };
  };
  // Profiles written by another linker (or an older version) may hold other shapes: keep only what
  // has the expected form, so a store never breaks on its own history.
  const toProfile = (c: LinkedEntity): EntityProfile => {
    const p = (c.profile ?? {}) as Record<string, unknown>;
    const record = (v: unknown): Record<string, number> | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, number>) : undefined);
    const aliasCounts = record(p.aliasCounts);
    const articles = typeof p.articleCount === 'number' ? p.articleCount : typeof p.articles === 'number' ? p.articles : 0;
    return {
      ...(p as Partial<EntityProfile>),
      id: String(c.id),
      type: c.type as EntityProfile['type'],
      name: c.name,
      aliases: Array.isArray(p.aliases) ? (p.aliases as string[]) : Object.keys(aliasCounts ?? record(p.aliases) ?? {}),
      titles: Array.isArray(p.titles) ? (p.titles as unknown[]).filter((t): t is EntityProfile['titles'][number] => !!t && typeof t === 'object') : [],
      articleCount: articles,
      aliasCounts,
      // Without name counts, the stored name keeps its weight against the next article's name.
      nameCounts: record(p.nameCounts) ?? { [c.name]: Math.max(1, articles) },
      typeCounts: record(p.typeCounts),
      affiliations: record(p.affiliations),
      evidence: Array.isArray(p.evidence) ? (p.evidence as EntityProfile['evidence']) : [],
    };
  };
  const signature = (record: StoryRecord, entityIds: Record<string, number>): ArticleSignature => {
    const ids = JSON.stringify(entityIds);
    const cached = signatures.get(record);
    if (cached && cached.ids === ids) return cached.sig;
    if (!cached) stats.observe?.(contentTerms(record.text, record.title).keys());
    const sig = articleSignature(record, {}, { entityIds: record.entities.map((e) => (entityIds[e.id] == null ? null : String(entityIds[e.id]))), stats });
    signatures.set(record, { ids, sig });
    return sig;
  };
  const toStory = (c: LinkedStory): StoryProfile => {
    const sig = (c.signature ?? {}) as Record<string, unknown>;
    const record = (v: unknown): Record<string, number> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, number>) : {});
    return {
      id: String(c.id), title: c.title, articleCount: c.articleCount,
      centroid: record(sig.centroid), entities: record(sig.entities), recent: Array.isArray(sig.recent) ? (sig.recent as string[]) : [],
      first: c.firstPublished?.slice(0, 10) ?? null, last: c.lastPublished?.slice(0, 10) ?? null,
    };
  };

  return {
    groupEntities(record: StoryRecord): string[][] {
      return articleEntities(record).map((a) => a.ids);
    },
    entityKeys(e: Entity, record: StoryRecord): string[] {
      return entityKeys(mentioned(e, record).entity);
    },
    matchEntity(e: Entity, record: StoryRecord, candidates: LinkedEntity[]): { id: number; score: number; evidence: Json } | null {
      const m = matchEntity(mentioned(e, record).entity, candidates.map(toProfile));
      if (!m) return null;
      if (!matches.has(record)) matches.set(record, new Map());
      matches.get(record)!.set(e.id, m);
      return { id: Number(m.id), score: m.score, evidence: { reasons: m.evidence } };
    },
    mergeProfile(existing: LinkedEntity | null, e: Entity, record: StoryRecord): { name: string; type: string; profile: Json } {
      const match = existing ? matches.get(record)?.get(e.id) : undefined;
      const merged = mergeProfile(existing ? toProfile(existing) : null, mentioned(e, record).entity, { articleId: record.id, date: record.published?.slice(0, 10) ?? null }, match ?? { id: 'new' });
      const { id: _id, name, type, ...profile } = merged;
      return { name, type, profile: { ...profile } };
    },
    storyWindow(record: StoryRecord): { from: string; to: string } | null {
      const t = record.published ? Date.parse(record.published.slice(0, 10)) : NaN;
      if (!Number.isFinite(t)) return null;
      const day = (d: number): string => new Date(t + d * 86_400_000).toISOString().slice(0, 10);
      return { from: day(-windowDays), to: day(windowDays) };
    },
    storyKeys(record: StoryRecord, entityIds: Record<string, number>): string[] {
      return storyKeys(signature(record, entityIds));
    },
    chooseStory(record: StoryRecord, entityIds: Record<string, number>, candidates: LinkedStory[]): { id: number; score: number; evidence: Json } | null {
      const c = chooseStory(signature(record, entityIds), candidates.map(toStory), { windowDays });
      return c ? { id: Number(c.id), score: c.score, evidence: { reasons: c.evidence } } : null;
    },
    addToStory(story: LinkedStory | null, record: StoryRecord, entityIds: Record<string, number>): { title: string; signature: Json } {
      const s = addToStory(story ? toStory(story) : null, signature(record, entityIds), story ? String(story.id) : 'new');
      const { id: _id, title, ...rest } = s;
      return { title: title ?? record.title ?? record.id, signature: { ...rest } };
    },
  };
}
