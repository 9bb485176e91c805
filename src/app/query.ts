// Use cases that read the corpus: quotes by speaker, words and dates; an entity by name with its
// aliases and titles over time (and splitting a wrong merge); stories with their articles, timeline
// (src/corpus/stories' buildTimeline) and cross-source conflicts (src/corpus/cross-source).
// Surfaces (CLI, HTTP) call these and only format the results.
import { StorylineError } from '../core/errors.js';
import { compareQuantities, type CrossSourceFlag } from '../corpus/cross-source/index.js';
import { buildTimeline, type TimelineEntry as CorpusTimelineEntry } from '../corpus/stories/index.js';
import type { ArticleFilter, EntityDetail, EntitySummary, QuoteQuery, QuoteRow, Store, StoredArticle, StoryDetail, StorySummary } from '../store/store.js';

export type { CrossSourceFlag };

/**
 * A timeline entry: src/corpus's (date, dateSource, source, alsoIn, snippet, speaker, content, event
 * fields) plus a flat form the HTTP schema and tables read: `dateFrom` (the date is the
 * publication date, or came from the text or an event), `text` (the quote, else the sentence) and
 * `article`.
 */
export type TimelineEntry = CorpusTimelineEntry & {
  dateFrom: 'event' | 'published';
  text: string;
  article: { id: string; title: string | null; publisher: string | null; published: string | null };
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(name: string, value: string | undefined): void {
  if (value != null && !DATE.test(value)) throw new StorylineError('E_BAD_OPTION', `--${name} must be YYYY-MM-DD, not "${value}"`);
}

export async function findQuotes(store: Store, query: QuoteQuery): Promise<QuoteRow[]> {
  checkDate('since', query.since);
  checkDate('until', query.until);
  return store.quotes(query);
}

/** One page of results and how many rows follow it (`atLeast`: there may be more than `more`). */
export interface Page<T> {
  rows: T[];
  more: number;
  atLeast: boolean;
}

// The store has no count query; the rows after a full page are counted by reading on, up to this many.
export const MORE_CAP = 10_000;

async function page<T>(limit: number, offset: number, read: (limit: number, offset: number) => Promise<T[]>): Promise<Page<T>> {
  const rows = await read(limit, offset);
  if (rows.length < limit) return { rows, more: 0, atLeast: false };
  const rest = await read(MORE_CAP, offset + limit);
  return { rows, more: rest.length, atLeast: rest.length === MORE_CAP };
}

/** Quotes as findQuotes finds them, `limit` of them (default 50), and how many more match. */
export async function findQuotesPage(store: Store, query: QuoteQuery): Promise<Page<QuoteRow>> {
  checkDate('since', query.since);
  checkDate('until', query.until);
  return page(query.limit ?? 50, query.offset ?? 0, (limit, offset) => store.quotes({ ...query, limit, offset }));
}

/** The stories, largest first, `limit` of them (default 30), and how many more there are. */
export function storiesPage(store: Store, options: { limit?: number; offset?: number } = {}): Promise<Page<StorySummary>> {
  return page(options.limit ?? 30, options.offset ?? 0, (limit, offset) => store.stories({ limit, offset }));
}

export interface EntityLookup {
  /** The best match, in full; null when nothing is called this. */
  entity: EntityDetail | null;
  /** Other entities with this name or alias (for a split or a wrong merge). */
  others: EntitySummary[];
}

export async function lookupEntity(store: Store, nameOrId: string): Promise<EntityLookup> {
  if (/^\d+$/.test(nameOrId)) return { entity: await store.entity(Number(nameOrId)), others: [] };
  const [best, ...others] = await store.findEntities(nameOrId, 10);
  return { entity: best ? await store.entity(best.id) : null, others };
}

export interface StoryView extends StoryDetail {
  crossSource: CrossSourceFlag[];
}

/** The story's articles as src/corpus takes them: record, metadata, corpus id per record entity. */
async function storyArticles(store: Store, storyId: number) {
  const items = [];
  for await (const a of store.articles({ storyId })) items.push(corpusItem(a));
  return items;
}

/** Stored articles as exports read them: input extras (author, ...) flattened into the metadata. */
export async function* exportItems(store: Store, filter: ArticleFilter = {}) {
  for await (const a of store.articles(filter)) {
    const { meta: extras, ...summary } = a.meta;
    yield { record: a.record, meta: { ...extras, ...summary }, entityIds: a.entityIds };
  }
}

function corpusItem(a: StoredArticle) {
  return {
    record: a.record,
    meta: { ...a.meta },
    entityIds: a.record.entities.map((e) => (a.entityIds[e.id] == null ? null : String(a.entityIds[e.id]))),
  };
}

export async function describeStory(store: Store, id: number): Promise<StoryView | null> {
  const story = await store.story(id);
  if (!story) return null;
  return { ...story, crossSource: compareQuantities(await storyArticles(store, id)) };
}

export async function timeline(store: Store, storyId: number): Promise<TimelineEntry[] | null> {
  if (!(await store.story(storyId))) return null;
  return buildTimeline(await storyArticles(store, storyId)).map((e) => ({
    ...e,
    dateFrom: e.dateSource === 'published' || e.dateSource === 'unknown' ? 'published' : 'event',
    text: e.content ?? e.snippet,
    article: { id: e.source.articleId, title: e.source.title, publisher: e.source.publisher, published: e.source.published },
  }));
}
