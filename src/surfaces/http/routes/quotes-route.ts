// GET /quotes: search what was said — by words in the quote, speaker (name, alias or id), dates,
// article or story. Newest first.
import { z } from 'zod';
import { findQuotes } from '../../../app/query.js';
import { defineRoute } from '../route.js';
import { QuoteRowSchema } from '../schemas/corpus-schemas.js';
import { day, intId, limit, offset } from '../schemas/query-params.js';
import { needStore, type ServerContext } from '../server-context.js';

export const quotesRoute = (ctx: ServerContext) =>
  defineRoute({
    method: 'GET',
    url: '/quotes',
    tag: 'quotes',
    summary: 'Search quotes',
    query: z.object({
      q: z.string().max(500).optional().describe('Words the quote must contain (full-text, all required)'),
      speaker: z.string().max(200).optional().describe('Speaker name or alias ("Putin", "Mr Putin")'),
      speakerId: intId.optional().describe('Corpus entity id of the speaker'),
      since: day.describe('Published on or after (YYYY-MM-DD)'),
      until: day.describe('Published on or before (YYYY-MM-DD)'),
      article: z.string().max(500).optional().describe('Only quotes from this article id'),
      story: intId.optional().describe('Only quotes from this story'),
      limit: limit(500, 100),
      offset,
    }),
    response: z.object({ quotes: z.array(QuoteRowSchema) }),
    async handler({ query }) {
      const { q, article, story, ...rest } = query;
      const quotes = await findQuotes(needStore(ctx), { ...rest, about: q, articleId: article, storyId: story });
      return { quotes };
    },
  });
