// A sentence: its span and the half-open range of its tokens.
import { z } from 'zod';

export const SentenceSchema = z.object({
  kind: z.literal('sentence'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  firstToken: z.number().int().nonnegative(),
  endToken: z.number().int().nonnegative(),
  paragraph: z.number().int().nonnegative(),
});

export type Sentence = z.infer<typeof SentenceSchema>;
