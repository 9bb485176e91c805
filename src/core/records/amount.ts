// A quantity: value, unit, what is counted, and how exact the text says it is.
import { z } from 'zod';

export const AMOUNT_QUALIFIERS = ['exact', 'approximate', 'at-least', 'more-than', 'at-most', 'less-than', 'up-to'] as const;

export const AmountSchema = z.object({
  kind: z.literal('amount'),
  id: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  value: z.number(),
  /** ISO 4217 code for money (USD, EUR), SI-style symbols (km, kg, t), "percent", "people", "count". */
  unit: z.string(),
  /** The counted object when the text names it ("drones", "settlements"), else null. */
  object: z.string().nullable(),
  qualifier: z.enum(AMOUNT_QUALIFIERS),
  /** Bounds for ranges and vague counts ("dozens" -> 24..99), else null. */
  min: z.number().nullable(),
  max: z.number().nullable(),
  /**
   * The number itself is not exact: a vague quantity ("several thousand", "dozens", "a few hundred") or a
   * hedged one ("about 40", "some 300", "an estimated 5,000", "40 or so"). Convention: value is then the
   * lower bound of the span min..max the words conventionally cover ("several thousand" 2,000..9,999;
   * "dozens" 24..99) or the hedged number as written. A range whose ends are both written ("30-60 per
   * cent") is not approximate: its ends are exact. Absent in records stored before the field existed.
   */
  approximate: z.boolean().optional(),
  extractor: z.string(),
});
export type Amount = z.infer<typeof AmountSchema>;
