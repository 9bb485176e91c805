// The output record: what `storyline extract` writes for one article. Its JSON Schema (`storyline
// schema`) is generated from these zod definitions, so code and schema cannot drift apart.
import { z } from 'zod';
import type { Doc } from './document.js';
import { EntitySchema } from './records/entity.js';
import { QuoteSchema } from './records/quote.js';
import { AmountSchema } from './records/amount.js';
import { ConsistencySchema } from './records/consistency.js';
import { DateMentionSchema } from './records/date.js';
import { EventSchema } from './records/event.js';
import { PageSchema, SourceSchema } from './records/page.js';

export const RECORD_VERSION = 1;

export const RecordSchema = z
  .object({
    id: z.string(),
    version: z.literal(RECORD_VERSION),
    published: z.string().nullable(),
    title: z.string().nullable(),
    url: z.string().nullable(),
    text: z.string().describe('The input text every span refers to'),
    sentences: z.number().int().nonnegative(),
    entities: z.array(EntitySchema),
    quotes: z.array(QuoteSchema),
    dates: z.array(DateMentionSchema),
    amounts: z.array(AmountSchema),
    events: z.array(EventSchema),
    consistency: z.array(ConsistencySchema),
    warnings: z.array(z.string()),
    // Optional so records written before these fields existed still validate.
    source: SourceSchema.nullable().optional().describe('Where the article came from (file, URL, batch line, WARC, feed)'),
    language: z.string().nullable().optional().describe('ISO 639-1 language the text was processed as; English-only layers are empty for others'),
    page: PageSchema.nullable().optional().describe('Metadata of the web page the text was extracted from'),
    duplicateOf: z
      .object({ id: z.string(), similarity: z.number(), closest: z.string(), by: z.string() })
      .nullable()
      .optional()
      .describe('Set when the text is a near-copy of an earlier article in the same batch or feed state: the first article of its group'),
  })
  .describe('Storyline article record: every span is a UTF-16 offset range into the input text');

export type StoryRecord = z.infer<typeof RecordSchema>;

export function toRecord(doc: Doc): StoryRecord {
  return {
    id: doc.meta.id,
    version: RECORD_VERSION,
    published: doc.meta.published ?? null,
    title: doc.meta.title ?? null,
    url: doc.meta.url ?? null,
    text: doc.text,
    sentences: doc.sentences.length,
    entities: doc.entities,
    quotes: doc.quotes,
    dates: doc.dates,
    amounts: doc.amounts,
    events: doc.events,
    consistency: doc.consistency,
    warnings: doc.warnings,
    source: doc.meta.source ?? null,
    language: doc.meta.language ?? null,
    page: doc.meta.page ?? null,
  };
}

export function recordJsonSchema(): unknown {
  return z.toJSONSchema(RecordSchema, { target: 'draft-2020-12' });
}
