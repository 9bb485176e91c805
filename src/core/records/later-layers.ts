// Layers that later stages fill (dates, amounts, events, consistency). Declared now so the record and
// its schema are stable; issue #4 deepens them.
import { z } from 'zod';
import { SpanSchema } from '../span.js';

export const DateMentionSchema = z.object({
  kind: z.literal('date'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  value: z.string().nullable(),
  extractor: z.string(),
});
export type DateMention = z.infer<typeof DateMentionSchema>;

export const AmountSchema = z.object({
  kind: z.literal('amount'),
  id: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  value: z.number(),
  unit: z.string(),
  extractor: z.string(),
});
export type Amount = z.infer<typeof AmountSchema>;

export const EventSchema = z.object({
  kind: z.literal('event'),
  type: z.string(),
  trigger: SpanSchema,
  actor: z.string().nullable(),
  target: z.string().nullable(),
  place: z.string().nullable(),
  date: z.string().nullable(),
  extractor: z.string(),
});
export type StoryEvent = z.infer<typeof EventSchema>;

export const ConsistencySchema = z.object({
  kind: z.literal('consistency'),
  total: z.object({ value: z.number(), unit: z.string() }),
  parts: z.array(z.object({ value: z.number(), unit: z.string() })),
  status: z.enum(['consistent', 'inconsistent']),
});
export type Consistency = z.infer<typeof ConsistencySchema>;
