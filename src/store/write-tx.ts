// The write primitives one article's transaction needs. Each backend implements them over its own
// connection (sqlite/write-tx.ts, postgres/write-tx.ts); save-article.ts strings them together, so
// the order of writes and the linking logic exist once.
import type { AliasRow, AmountRowWrite, QuoteRowWrite, TitleRow } from './derived-rows.js';
import type { ArticleState, ArticleWrite, CorpusEntity, EntityProfileUpdate, JsonObject, StoryCandidate, StoryUpdate } from './store.js';

export interface LinkRow {
  localId: string;
  entityId: number;
  name: string;
  type: string;
  mentions: number;
  score: number;
  evidence: JsonObject;
}

export interface WriteTx {
  /** Nested transaction around one article of a batch: begin, keep, or undo it. */
  savepoint(): Promise<void>;
  release(): Promise<void>;
  rollbackToSavepoint(): Promise<void>;
  articleState(key: string): Promise<(ArticleState & { storyId: number | null }) | null>;
  /** Upserts the article row, appends the revision (with its record JSON), refreshes its search text. */
  writeArticle(article: ArticleWrite, revision: number): Promise<void>;
  /** Deletes the article's links, aliases, titles, quotes and amounts; returns the entities it linked. */
  clearDerived(articleId: string): Promise<number[]>;
  /** Corpus entities holding each key (one object per entity, shared between its keys). */
  entitiesByKeys(keys: string[]): Promise<Map<string, CorpusEntity[]>>;
  insertEntity(update: EntityProfileUpdate): Promise<number>;
  updateEntity(id: number, update: EntityProfileUpdate): Promise<void>;
  addEntityKeys(id: number, keys: string[]): Promise<void>;
  insertLinks(articleId: string, rows: LinkRow[]): Promise<void>;
  insertAliases(articleId: string, rows: AliasRow[]): Promise<void>;
  insertTitles(articleId: string, rows: TitleRow[]): Promise<void>;
  insertQuotes(articleId: string, rows: QuoteRowWrite[]): Promise<void>;
  insertAmounts(articleId: string, rows: AmountRowWrite[]): Promise<void>;
  /** Recounts articles and quotes of these entities; deletes those no article links any more. */
  refreshEntities(ids: number[]): Promise<void>;
  /** Adds one article and its quotes to entities' counts (a new article: nothing to recount). */
  bumpEntities(counts: Map<number, number>): Promise<void>;
  storyById(id: number): Promise<StoryCandidate | null>;
  /** Stories under any of the keys whose span of dates meets the window (undated ones always). */
  storiesByKeys(keys: string[], window: { from: string; to: string } | null): Promise<StoryCandidate[]>;
  insertStory(update: StoryUpdate): Promise<number>;
  updateStory(id: number, update: StoryUpdate): Promise<void>;
  addStoryKeys(id: number, keys: string[]): Promise<void>;
  /** Puts the article in the story (replacing any earlier story) and recounts the story's span. */
  linkStory(storyId: number, articleId: string, score: number, evidence: JsonObject): Promise<void>;
}
