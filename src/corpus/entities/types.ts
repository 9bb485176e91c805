// The shapes cross-article entity matching works on: an entity as one article mentions it, and the
// corpus-wide profile it is merged into. Profiles are plain JSON (no Maps) so a store can keep them
// in a JSON column and hand them back unchanged.
import type { EntityType, Geo } from '../../core/records/entity.js';

/** One entity as one article names it (built from a record by `articleEntities`). */
export interface MentionedEntity {
  type: EntityType;
  /** The article's canonical name for it (its fullest name). */
  name: string;
  /** Every surface form the article uses for it (names, surnames, honorific forms; no pronouns). */
  aliases: string[];
  /** Titles and roles as written ("Secretary of State", "Russian President"). */
  titles: string[];
  /** Country the article ties the actor to ("Russian President" -> "Russia"), if any. */
  affiliation?: string | null;
  /** Geocode of a place, if the places stage found one. */
  geo?: Geo | null;
}

/** A title as seen across the corpus: when it was first and last used, and in how many articles. */
export interface DatedTitle {
  title: string;
  first: string | null;
  last: string | null;
  count: number;
}

/** Why one article's entity was merged into (or started) a profile. */
export interface MergeEvidence {
  articleId: string;
  date: string | null;
  /** The article's name for the entity. */
  name: string;
  score: number;
  reasons: string[];
}

/** One real-world actor across the corpus. */
export interface EntityProfile {
  id: string;
  /** The type most articles gave it. */
  type: EntityType;
  /** The most frequent full name (for people: the most frequent name with a given name). */
  name: string;
  /** Distinct surface forms, most frequent first. */
  aliases: string[];
  /** Titles over time, most frequent first. */
  titles: DatedTitle[];
  articleCount: number;
  /** Number of articles per surface form (keys are the forms in `aliases`). */
  aliasCounts?: Record<string, number>;
  /** Number of articles per canonical name the articles used. */
  nameCounts?: Record<string, number>;
  /** Number of articles per type the articles gave. */
  typeCounts?: Partial<Record<EntityType, number>>;
  /** Countries the articles tie the actor to, with counts. */
  affiliations?: Record<string, number>;
  geo?: Geo | null;
  firstSeen?: string | null;
  lastSeen?: string | null;
  /** Most recent merge decisions (capped, newest last). */
  evidence?: MergeEvidence[];
}

export interface EntityMatch {
  id: string;
  score: number;
  evidence: string[];
}

export interface ArticleRef {
  articleId: string;
  date: string | null;
}
