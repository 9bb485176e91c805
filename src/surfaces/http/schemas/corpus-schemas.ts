// Response shapes of the corpus routes, as zod (for /openapi.json). They mirror the plain types the
// store returns; the assignments at the bottom fail to compile if the store's types drift from them.
import { z } from 'zod';
import { RecordSchema } from '../../../core/record.js';
import type { CrossSourceFlag, StoryView, TimelineEntry } from '../../../app/query.js';
import type { StoryFacts } from '../../../app/story-facts.js';
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

const span = z.object({ start: z.number().int(), end: z.number().int() });

export const QuantityReportSchema = z.object({
  articleId: z.string(),
  publisher: z.string().nullable(),
  published: date,
  amountId: z.string(),
  value: z.number(),
  low: z.number(),
  // JSON has no Infinity: an open upper bound ("more than 100") arrives as null.
  high: z.number().nullable().describe('Upper bound the text allows; null: none'),
  qualifier: z.string(),
  unit: z.string(),
  object: z.string().nullable(),
  predicate: z.string().nullable().describe('What happened to the quantity: killed, pledged, ...'),
  actor: z.string().nullable(),
  place: z.string().nullable(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  context: z.string(),
});

export const CrossSourceFlagSchema = z
  .object({
    key: z.string(),
    what: z.string().describe('Readable: "people killed", "USD pledged (Germany)"'),
    unit: z.string(),
    object: z.string(),
    predicate: z.string(),
    actor: z.string().nullable(),
    kind: z.enum(['conflict', 'update']).describe('conflict: the values disagree; update: later articles report higher figures'),
    reports: z.array(QuantityReportSchema),
    disagreements: z.array(z.tuple([z.number().int(), z.number().int()])).describe('Index pairs into reports whose intervals do not overlap'),
  })
  .describe('One quantity reported differently by articles of the story');

export const StoryViewSchema = StoryDetailSchema.extend({ crossSource: z.array(CrossSourceFlagSchema) });

const TimelineSourceSchema = z.object({
  articleId: z.string(),
  publisher: z.string().nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  published: date,
});

export const TimelineEntrySchema = z.object({
  kind: z.enum(['event', 'quote']),
  date: z.string().nullable().describe('YYYY, YYYY-MM or YYYY-MM-DD; null when nothing is known'),
  dateSource: z.enum(['stated', 'event', 'published', 'unknown']).describe("'published' only bounds when it happened"),
  dateText: z.string().nullable().describe('The date phrase that gave the date'),
  source: TimelineSourceSchema,
  alsoIn: z.array(TimelineSourceSchema).describe('Other articles carrying the same quote'),
  itemId: z.string(),
  span,
  snippet: z.string().describe('The sentence around it'),
  speaker: z.string().nullable(),
  speakerId: z.string().nullable(),
  speakerProfile: z.string().nullable().describe('Corpus entity id of the speaker'),
  content: z.string().nullable(),
  cue: z.string().nullable().describe('The words that introduce a quote ("said", "denied")'),
  direct: z.boolean().nullable(),
  eventType: z.string().nullable(),
  label: z.string().nullable(),
  actor: z.string().nullable(),
  target: z.string().nullable(),
});

export const StoryFactsSchema = z.object({
  places: z.array(
    z.object({
      name: z.string(),
      type: z.string(),
      lat: z.number(),
      lon: z.number(),
      country: z.string().nullable(),
      admin1: z.string().nullable(),
      articles: z.number().int().describe("How many of the story's articles name it"),
    }),
  ).describe('Geocoded places (not nationalities), the most widely named first'),
  figures: z.array(
    z.object({
      articleId: z.string(),
      publisher: z.string().nullable(),
      published: date,
      amountId: z.string(),
      text: z.string(),
      context: z.string(),
      value: z.number(),
      unit: z.string(),
      object: z.string().nullable(),
      qualifier: z.string(),
      checks: z.array(z.object({ check: z.enum(['sum', 'conflict']), status: z.enum(['consistent', 'inconsistent']), note: z.string() })),
    }),
  ).describe('Every figure of every article, with the consistency checks it took part in; failed checks first'),
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
  Fits<StoryFacts, typeof StoryFactsSchema>,
] = [true, true, true, true, true, true, true, true, true, true, true];
