// The CorpusLinker the ingest use case (and the queue worker, and the HTTP API) hands to the store:
// src/corpus's pure functions adapted to the store's shapes. Entities: the article's actors are
// grouped first (articleEntities), then each group is matched against candidate profiles found by
// blocking keys and merged (matchEntity, mergeProfile). Stories: the article's signature (terms,
// main corpus entities, date) chooses among stories in the date window (chooseStory, addToStory).
// Corpus ids are the store's integers; src/corpus's profiles carry them as strings.
import type { StoryRecord } from '../core/record.js';
import type { Entity } from '../core/records/entity.js';
import {
  articleEntities, entityKeys, matchEntity, mergeProfile, type ArticleEntity, type EntityMatch as ProfileMatch, type EntityProfile,
} from '../corpus/entities/index.js';
import {
  addToStory, articleSignature, chooseStory, daysOutside, LearnedTermStats, storyKeys, WINDOW_DAYS, type ArticleSignature, type StoryProfile, type TermStats,
} from '../corpus/stories/index.js';
import { loadData } from '../data/load.js';
import type { CorpusEntity, CorpusLinker, EntityProfileUpdate, JsonObject, StoryCandidate, StoryUpdate } from '../store/store.js';

/** Per record, computed once: its actor groups by member id, matches made, signature. */
interface RecordState {
  groups: ArticleEntity[];
  groupOf: Map<string, ArticleEntity>;
  matches: Map<string, ProfileMatch>;
  signature?: ArticleSignature;
}

const DAY = 86_400_000;

function isoDay(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

// The store keeps one CorpusEntity object per entity until it changes, so its profile is built once.
const profiles = new WeakMap<CorpusEntity, EntityProfile>();

function toProfile(c: CorpusEntity): EntityProfile {
  let profile = profiles.get(c);
  if (!profile) {
    const p = c.profile as Partial<EntityProfile>;
    profile = { aliases: [], titles: [], articleCount: 0, ...p, id: String(c.id), name: c.name, type: c.type as EntityProfile['type'] };
    profiles.set(c, profile);
  }
  return profile;
}

function toStoryProfile(c: StoryCandidate): StoryProfile {
  const p = c.signature as Partial<StoryProfile>;
  return { centroid: {}, entities: {}, recent: [], ...p, id: String(c.id), title: c.title, articleCount: c.articleCount, first: p.first ?? c.firstPublished, last: p.last ?? c.lastPublished };
}

/**
 * Document frequencies of content terms for the idf weights of story signatures, from a fixed table
 * (data/models/term-df.json, built from PolNeAR train by scripts/build-term-stats.mjs). Without idf
 * the names every article of a beat repeats outweigh what a story is about and stories swell: on
 * PolNeAR train the store made 653 stories, the largest of 50 articles (a month of primaries); with
 * the table, see docs/corpus-algorithms.md.
 */
let termStats: TermStats | undefined;
const backgroundTermStats = (): TermStats =>
  (termStats ??= LearnedTermStats.fromJSON(loadData<{ docCount: number; df: Record<string, number> }>('models/term-df.json')));

function withoutId<T extends { id: string }>(p: T): JsonObject {
  const { id: _id, ...rest } = p;
  return rest as JsonObject;
}

export function defaultLinker(): CorpusLinker {
  const states = new WeakMap<StoryRecord, RecordState>();
  const state = (record: StoryRecord): RecordState => {
    let s = states.get(record);
    if (!s) {
      const groups = articleEntities(record);
      const groupOf = new Map<string, ArticleEntity>();
      for (const g of groups) for (const id of g.ids) groupOf.set(id, g);
      states.set(record, (s = { groups, groupOf, matches: new Map() }));
    }
    return s;
  };
  const signature = (record: StoryRecord, ids: Record<string, number>): ArticleSignature => {
    const s = state(record);
    s.signature ??= articleSignature(record, { title: record.title, published: record.published }, {
      entityIds: record.entities.map((e) => (ids[e.id] == null ? null : String(ids[e.id]))),
      groups: s.groups,
      stats: backgroundTermStats(),
    });
    return s.signature;
  };

  return {
    groupEntities: (record) => state(record).groups.map((g) => g.ids),

    entityKeys(e: Entity, record) {
      const g = state(record).groupOf.get(e.id);
      return g ? entityKeys(g.entity) : [];
    },

    matchEntity(e, record, candidates) {
      const s = state(record);
      const g = s.groupOf.get(e.id);
      if (!g) return null;
      const m = matchEntity(g.entity, candidates.map(toProfile));
      if (!m) return null;
      s.matches.set(e.id, m);
      return { id: Number(m.id), score: m.score, evidence: { reasons: m.evidence } };
    },

    mergeProfile(existing, e, record): EntityProfileUpdate {
      const s = state(record);
      const g = s.groupOf.get(e.id);
      const mentioned = g?.entity ?? { type: e.type, name: e.name, aliases: [e.name], titles: e.titles, affiliation: e.affiliation, geo: e.geo };
      const ref = { articleId: record.id, date: record.published?.slice(0, 10) ?? null };
      const p = mergeProfile(existing ? toProfile(existing) : null, mentioned, ref, existing ? s.matches.get(e.id) : { id: 'new' });
      return { name: p.name, type: p.type, profile: withoutId(p) };
    },

    storyWindow(record) {
      const t = record.published ? Date.parse(record.published.slice(0, 10)) : NaN;
      if (!Number.isFinite(t)) return null;
      return { from: isoDay(t - WINDOW_DAYS * DAY), to: isoDay(t + WINDOW_DAYS * DAY) };
    },

    storyKeys: (record, ids) => storyKeys(signature(record, ids)),

    chooseStory(record, ids, candidates) {
      const sig = signature(record, ids);
      const profiles = candidates.map(toStoryProfile).filter((p) => daysOutside(sig.date, p.first, p.last) <= WINDOW_DAYS);
      const choice = chooseStory(sig, profiles);
      return choice ? { id: Number(choice.id), score: choice.score, evidence: { reasons: choice.evidence } } : null;
    },

    addToStory(story, record, ids): StoryUpdate {
      const p = addToStory(story ? toStoryProfile(story) : null, signature(record, ids), story ? String(story.id) : 'new');
      return { title: p.title ?? record.title ?? record.id, signature: withoutId(p) };
    },
  };
}
