// The corpus store: one async interface over SQLite (embedded, the default) and PostgreSQL. It keeps
// articles with their revisions, corpus entities (aliases, titles over time, merge evidence), quotes,
// amounts and stories; full-text search over quotes and articles. One transaction per article.
//
// The store holds no matching logic: `saveArticle` takes a `CorpusLinker` (pure functions from
// src/corpus, wired in src/app/corpus-linker.ts) and calls it inside the article's transaction, so
// concurrent writers (queue workers) never create the same entity twice.
import type { StoryRecord } from '../core/record.js';
import type { Entity } from '../core/records/entity.js';

export type JsonObject = Record<string, unknown>;

/** One article to store: its extracted record plus what the input said about it. */
export interface ArticleWrite {
  /** Stable identity across revisions: the input's id, else its URL. */
  key: string;
  url: string | null;
  title: string | null;
  published: string | null;
  publisher: string | null;
  /** Other fields of the input (author, section, ...), kept as given. */
  meta: JsonObject;
  /** Hash of what extraction reads (text, title, published, url): unchanged hash = unchanged article. */
  contentHash: string;
  record: StoryRecord;
  /**
   * The record as JSON text, when it crossed from an extraction thread in that form (app/parallel):
   * stored as it is rather than made again from `record`.
   */
  recordJson?: string;
}

export interface SaveResult {
  articleId: string;
  status: 'inserted' | 'revised' | 'unchanged';
  revision: number;
  /** Article-local entity id -> corpus entity id. */
  entityIds: Record<string, number>;
  storyId: number | null;
}

/** A corpus entity as the matcher sees it: name, type and the profile its merges built. */
export interface CorpusEntity {
  id: number;
  type: string;
  name: string;
  /** Opaque JSON owned by the linker's mergeProfile (aliases, titles, affiliation, counts...). */
  profile: JsonObject;
}

export interface EntityMatch {
  id: number;
  score: number;
  /** Why the two were merged (kept so that a wrong merge can be found and split). */
  evidence: JsonObject;
}

export interface EntityProfileUpdate {
  name: string;
  type: string;
  profile: JsonObject;
}

export interface StoryCandidate {
  id: number;
  title: string;
  /** Opaque JSON owned by the linker (term vector, entity counts, time span...). */
  signature: JsonObject;
  articleCount: number;
  firstPublished: string | null;
  lastPublished: string | null;
}

export interface StoryMatch {
  id: number;
  score: number;
  evidence: JsonObject;
}

export interface StoryUpdate {
  title: string;
  signature: JsonObject;
}

/** The cross-article decisions the store asks for while it writes one article. All pure. */
export interface CorpusLinker {
  /**
   * The article's actors: groups of record entity ids that name one actor ("Donald J. Trump" and a
   * bare "Trump" typed ORG), each linked to one corpus entity through its first member; entities in
   * no group are not linked. Absent: each entity alone.
   */
  groupEntities?(record: StoryRecord): string[][];  /** Blocking keys: a corpus entity sharing any key with `entity` is a candidate. */
  entityKeys(entity: Entity, record: StoryRecord): string[];
  matchEntity(entity: Entity, record: StoryRecord, candidates: CorpusEntity[]): EntityMatch | null;
  /** The corpus profile after adding `entity` (existing = null: a new corpus entity). */
  mergeProfile(existing: CorpusEntity | null, entity: Entity, record: StoryRecord): EntityProfileUpdate;
  /** Publication-date bounds (YYYY-MM-DD) of stories worth fetching as candidates; null: no bound. */
  storyWindow?(record: StoryRecord): { from: string; to: string } | null;
  /** Keys to fetch candidate stories; entityIds maps the article's entity ids to corpus entity ids. */
  storyKeys(record: StoryRecord, entityIds: Record<string, number>): string[];
  chooseStory(record: StoryRecord, entityIds: Record<string, number>, candidates: StoryCandidate[]): StoryMatch | null;
  /** The story after adding the article (story = null: a new story). */
  addToStory(story: StoryCandidate | null, record: StoryRecord, entityIds: Record<string, number>): StoryUpdate;
}

export interface ArticleState {
  revision: number;
  contentHash: string;
}

// A type alias, not an interface: object type aliases are assignable to index-signature types such
// as src/corpus's ArticleMeta, so stored articles go to corpus functions as they are.
export type ArticleSummary = {
  id: string;
  url: string | null;
  title: string | null;
  publisher: string | null;
  published: string | null;
  revision: number;
  storyId: number | null;
};

/** An article as exports read it. */
export interface StoredArticle {
  record: StoryRecord;
  meta: ArticleSummary & { meta: JsonObject };
  /** Article-local entity id -> corpus entity id. */
  entityIds: Record<string, number>;
}

export interface QuoteQuery {
  /** A name or alias: the quotes of the entity findEntities(speaker) ranks first. */
  speaker?: string;
  speakerId?: number;
  /** Full-text query over the quote's content. */
  about?: string;
  /** Inclusive bounds on the article's publication date (YYYY-MM-DD). */
  since?: string;
  until?: string;
  articleId?: string;
  storyId?: number;
  limit?: number;
  offset?: number;
}

export interface QuoteRow {
  id: number;
  speakerId: number | null;
  /** The corpus entity's name, else the words naming the source in the article. */
  speaker: string | null;
  cue: string | null;
  content: string;
  direct: boolean;
  /** Publication date of the article. */
  date: string | null;
  article: { id: string; title: string | null; publisher: string | null; url: string | null };
}

export interface EntitySummary {
  id: number;
  type: string;
  name: string;
  articleCount: number;
  quoteCount: number;
}

export interface EntityDetail extends EntitySummary {
  aliases: { alias: string; count: number }[];
  titles: { title: string; first: string | null; last: string | null; count: number }[];
  publishers: string[];
  /** One row per article mention that was merged into this entity. */
  evidence: { articleId: string; localId: string; name: string; score: number; evidence: JsonObject }[];
}

export interface StorySummary {
  id: number;
  title: string;
  articleCount: number;
  firstPublished: string | null;
  lastPublished: string | null;
  publishers: string[];
}

export interface StoryDetail extends StorySummary {
  articles: ArticleSummary[];
  entities: { id: number; name: string; type: string; articles: number }[];
}

export interface AmountRow {
  articleId: string;
  publisher: string | null;
  published: string | null;
  localId: string;
  value: number;
  unit: string;
  object: string | null;
  qualifier: string;
  min: number | null;
  max: number | null;
  /** The amount as written, and the sentence around it. */
  text: string;
  context: string;
}

export interface ArticleFilter {
  storyId?: number;
  since?: string;
  until?: string;
  /** Full-text query over title and text. */
  q?: string;
  limit?: number;
  offset?: number;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  close(): Promise<void>;

  articleState(key: string): Promise<ArticleState | null>;
  /** Writes one article in one transaction; unchanged content hash = nothing written. */
  saveArticle(article: ArticleWrite, linker: CorpusLinker): Promise<SaveResult>;
  /**
   * Writes several articles in one commit, each whole or not at all (a savepoint each): a failing
   * article comes back as its Error and the rest are kept. Bulk ingest uses it because a commit's
   * cost is the pages it writes, and consecutive articles rewrite the same entity and index pages.
   */
  saveArticles(articles: ArticleWrite[], linker: CorpusLinker): Promise<(SaveResult | Error)[]>;

  article(id: string): Promise<StoredArticle | null>;
  /** Articles with records, in publication order, for exports and timelines. */
  articles(filter?: ArticleFilter): AsyncIterable<StoredArticle>;
  listArticles(filter?: ArticleFilter): Promise<ArticleSummary[]>;

  quotes(query: QuoteQuery): Promise<QuoteRow[]>;

  /** Entities whose name or alias equals `name` (normalised), best first. */
  findEntities(name: string, limit?: number): Promise<EntitySummary[]>;
  topEntities(options?: { type?: string; limit?: number; offset?: number }): Promise<EntitySummary[]>;
  entity(id: number): Promise<EntityDetail | null>;
  /** Moves the given articles' links out of an entity into a new one (undoing a wrong merge). */
  splitEntity(id: number, articleIds: string[]): Promise<number>;
  setEntityProfile(id: number, update: EntityProfileUpdate): Promise<void>;

  stories(options?: { limit?: number; offset?: number }): Promise<StorySummary[]>;
  story(id: number): Promise<StoryDetail | null>;
  storyAmounts(storyId: number): Promise<AmountRow[]>;

  /** Row counts per table (tests, status). */
  counts(): Promise<Record<string, number>>;
}
