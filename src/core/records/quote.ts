// A quotation or attribution: who said (or wrote, believed) what, with its cue and channel.
import { z } from 'zod';
import { SpanSchema, type Span } from '../span.js';

export const QuoteSchema = z.object({
  kind: z.literal('quote'),
  id: z.string(),
  content: z.array(SpanSchema).min(1).describe('Content fragments in text order'),
  cue: SpanSchema.nullable(),
  source: SpanSchema.nullable().describe('The mention that names the speaker here'),
  speaker: z.string().nullable().describe('Id of the speaker entity'),
  direct: z.boolean().describe('Verbatim words inside quotation marks'),
  belief: z.boolean().optional().describe('Reports what the source thinks, wants, intends or stands for (a cognition, desire or stance verb with no quotation), not words said or written'),
  channel: SpanSchema.nullable().describe('Where it was said: "in an interview on Fox News Radio", "on X"'),
  extractor: z.string(),
});
export type Quote = z.infer<typeof QuoteSchema>;

export function quote(fields: {
  content: Span[];
  cue: Span | null;
  source: Span | null;
  speaker?: string | null;
  direct: boolean;
  belief?: boolean;
  channel?: Span | null;
  extractor: string;
}): Quote {
  return {
    kind: 'quote',
    id: '',
    content: fields.content,
    cue: fields.cue,
    source: fields.source,
    speaker: fields.speaker ?? null,
    direct: fields.direct,
    belief: fields.belief ?? false,
    channel: fields.channel ?? null,
    extractor: fields.extractor,
  };
}
