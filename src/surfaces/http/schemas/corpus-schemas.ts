// Response shapes of the corpus routes, as zod (for /openapi.json). They mirror the plain types the
// store returns; the assignments at the bottom fail to compile if the store's types drift from them.
import { z } from 'zod';
import { RecordSchema } from '../../../core/record.js';
import type { CrossSourceFlag, StoryView, TimelineEntry } from '../../../app/query.js';
import type { ArticleSummary, EntityDetail, EntitySummary, QuoteRow, StoredArticle, StoryDetail, StorySummary } from '../../../store/store.js';

const date = z.string().nullable().describe('YYYY-MM-DD (or longer ISO), null when unknown');

export const ArticleSummarySchema = z.object({
  id: z.string(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  published: date,
  revision: z.number().int(),
  storyId: z.number().int().nullable(),
});

export const StoredArticleSchema = z.object({
  record: RecordSchema,
  meta: ArticleSummarySchema.extend({ meta: z.record(z.string(), z.unknown()) }),
  entityIds: z.record(z.string(), z.number().int()).describe('Article entity id -> corpus entity id'),
});

export const QuoteRowSchema = z.object({
  id: z.number().int(),
  speakerId: z.number().int().nullable(),
  speaker: z.string().nullable().describe('Corpus entity name, else the words naming the source'),
  cue: z.string().nullable(),
  content: z.string(),
  direct: z.boolean(),
  date,
  article: z.object({ id: z.string(), title: z.string().nullable(), publisher: z.string().nullable(), url: z.string().nullable() }),
});

export const EntitySummarySchema = z.object({
  id: z.number().int(),
  type: z.string(),
  name: z.string(),
  articleCount: z.number().int(),
  quoteCount: z.number().int(),
});

export const EntityDetailSchema = EntitySummarySchema.extend({
  aliases: z.array(z.object({ alias: z.string(), count: z.number() })),
  titles: z.array(z.object({ title: z.string(), first: date, last: date, count: z.number() })),
  publishers: z.array(z.string()),
  evidence: z.array(
    z.object({ articleId: z.string(), localId: z.string(), name: z.string(), score: z.number(), evidence: z.record(z.string(), z.unknown()) }),
  ),
});

export const StorySummarySchema = z.object({
  id: z.number().int(),
  title: z.string(),
  articleCount: z.number().int(),
  firstPublished: date,
  lastPublished: date,
  publishers: z.array(z.string()),
});

export const StoryDetailSchema = StorySummarySchema.extend({
  articles: z.array(ArticleSummarySchema),
  entities: z.array(z.object({ id: z.number().int(), name: z.string(), type: z.string(), articles: z.number().int() })),
});

export const CrossSourceFlagSchema = z
  .object({
    unit: z.string(),
    object: z.string(),
    reports: z.array(
      z.object({ value: z.number(), articleId: z.string(), publisher: z.string().nullable(), published: date, text: z.string(), context: z.string() }),
    ),
  })
  .describe('One quantity reported with different values by different articles of the story');

export const StoryViewSchema = StoryDetailSchema.extend({ crossSource: z.array(CrossSourceFlagSchema) });

export const TimelineEntrySchema = z.object({
  date,
  dateFrom: z.enum(['event', 'published']).describe("Where the date came from: the event's own date or the article's publication date"),
  kind: z.enum(['event', 'quote']),
  text: z.string(),
  speaker: z.string().nullable(),
  article: z.object({ id: z.string(), title: z.string().nullable(), publisher: z.string().nullable(), published: date }),
});

// Compile-time drift checks: the store's types must fit the documented schemas.
type Fits<T, S extends z.ZodType> = T extends z.output<S> ? true : never;
export const schemaChecks: [
  Fits<ArticleSummary, typeof ArticleSummarySchema>,
  Fits<StoredArticle, typeof StoredArticleSchema>,
  Fits<QuoteRow, typeof QuoteRowSchema>,
  Fits<EntitySummary, typeof EntitySummarySchema>,
  Fits<EntityDetail, typeof EntityDetailSchema>,
  Fits<StorySummary, typeof StorySummarySchema>,
  Fits<StoryDetail, typeof StoryDetailSchema>,
  Fits<CrossSourceFlag, typeof CrossSourceFlagSchema>,
  Fits<StoryView, typeof StoryViewSchema>,
  Fits<TimelineEntry, typeof TimelineEntrySchema>,
] = [true, true, true, true, true, true, true, true, true, true];
