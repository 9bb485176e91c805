// A within-article consistency check: a stated total against the sum of its parts, or two figures
// given for the same quantity.
import { z } from 'zod';

const Quantity = z.object({ value: z.number(), unit: z.string() });

export const ConsistencySchema = z.object({
  kind: z.literal('consistency'),
  check: z.enum(['sum', 'conflict']),
  total: Quantity,
  parts: z.array(Quantity),
  status: z.enum(['consistent', 'inconsistent']),
  /** Ids of the amounts involved: the total first, then the parts. */
  amounts: z.array(z.string()),
  note: z.string(),
  extractor: z.string(),
});
export type Consistency = z.infer<typeof ConsistencySchema>;
