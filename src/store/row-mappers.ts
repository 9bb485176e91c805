// Rows of the articles, entities and stories tables as the plain shapes store.ts declares: the
// column names are the same in both schemas, so sqlite/reads.ts and postgres/reads.ts share these.
import type { ArticleSummary, EntitySummary, StorySummary } from './store.js';

export type Row = Record<string, unknown>;

export const articleSummary = (r: Row): ArticleSummary => ({
  id: r.id as string,
  url: r.url as string | null,
  title: r.title as string | null,
  publisher: r.publisher as string | null,
  published: r.published as string | null,
  revision: r.revision as number,
  storyId: (r.story_id as number | null) ?? null,
});

export const entitySummary = (r: Row): EntitySummary => ({
  id: r.id as number,
  type: r.type as string,
  name: r.name as string,
  articleCount: r.article_count as number,
  quoteCount: r.quote_count as number,
});

/** `publishers`: the story's publishers as the backend aggregates them (a list, or SQLite's joined text). */
export const storySummary = (r: Row, publishers: string[]): StorySummary => ({
  id: r.id as number,
  title: r.title as string,
  articleCount: r.article_count as number,
  firstPublished: r.first_published as string | null,
  lastPublished: r.last_published as string | null,
  publishers: [...publishers].sort(),
});
