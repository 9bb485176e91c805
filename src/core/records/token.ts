// A token from the linguistic base: offsets into the original text plus the normalised form we analyse.
import { z } from 'zod';

export const TokenSchema = z.object({
  kind: z.literal('token'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The token as analysed: after normalisation (straight quotes, NFC, no soft hyphens). */
  norm: z.string(),
  lower: z.string(),
  pos: z.string().describe('Universal POS tag'),
  lemma: z.string(),
  /** wink-nlp token type: word, punctuation, number, currency, ... */
  type: z.string(),
  sentence: z.number().int().nonnegative(),
  /** Whitespace precedes the token in the input. */
  spaceBefore: z.boolean(),
  /** A paragraph break (blank line or line break) precedes the token. */
  lineBefore: z.boolean(),
});

export type Token = z.infer<typeof TokenSchema>;
