// An event coded with CAMEO: who did what to whom, where, when, for how much, and who says so.
import { z } from 'zod';
import { SpanSchema } from '../span.js';

export const EventSchema = z.object({
  kind: z.literal('event'),
  id: z.string(),
  /** CAMEO code: root ("04") or sub-code ("043"). */
  type: z.string(),
  label: z.string().describe('CAMEO label, e.g. "Consult", "Occupy territory"'),
  trigger: SpanSchema,
  actor: z.string().nullable().describe('Entity id'),
  target: z.string().nullable().describe('Entity id'),
  place: z.string().nullable().describe('Entity id'),
  date: z.string().nullable(),
  amount: z.object({ value: z.number(), unit: z.string() }).nullable(),
  /** For pledges and aid: what the money or help is for ("to purchase US weapons"), else null. */
  purpose: SpanSchema.nullable(),
  /** Id of the quote that asserts this event, when it is reported speech rather than narration. */
  quote: z.string().nullable(),
  extractor: z.string(),
});
export type StoryEvent = z.infer<typeof EventSchema>;
