// A temporal expression: what the phrase states, what we resolved it to, and against which reference.
import { z } from 'zod';

export const DATE_GRAINS = ['year', 'month', 'week', 'day', 'time'] as const;

export const DateMentionSchema = z.object({
  kind: z.literal('date'),
  id: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Resolved value: YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time with offset; null when unresolvable. */
  value: z.string().nullable(),
  grain: z.enum(DATE_GRAINS).nullable(),
  /** ISO 8601 duration for durations ("three-and-a-half year" -> P3Y6M), else null. */
  duration: z.string().nullable(),
  /** What the phrase itself says, before resolution ("Thursday" -> {weekday: 4}). */
  stated: z.object({
    year: z.number().int().optional(),
    month: z.number().int().optional(),
    day: z.number().int().optional(),
    weekday: z.number().int().optional(),
    hour: z.number().int().optional(),
    minute: z.number().int().optional(),
    relative: z.string().optional().describe('e.g. "last month", "three years ago", "since"'),
  }),
  /** The date the value was resolved against (publication date or the event's day), or null. */
  reference: z.string().nullable(),
  /** IANA time zone or UTC offset used for a time of day, if any. */
  timezone: z.string().nullable(),
  extractor: z.string(),
});
export type DateMention = z.infer<typeof DateMentionSchema>;
