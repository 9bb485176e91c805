// GET /articles (list, full-text and date filters) and GET /articles/:id (the stored record).
import { z } from 'zod';
import { HttpError } from '../http-error.js';
import { defineRoute } from '../route.js';
import { ArticleSummarySchema, StoredArticleSchema } from '../schemas/corpus-schemas.js';
import { day, intId, limit, offset } from '../schemas/query-params.js';
import { needStore, type ServerContext } from '../server-context.js';

export const articlesRoutes = (ctx: ServerContext) => [
  defineRoute({
    method: 'GET',
    url: '/articles',
    tag: 'articles',
    summary: 'Stored articles, newest first',
    query: z.object({
      q: z.string().max(500).optional().describe('Full-text search over title and text (all words required)'),
      story: intId.optional().describe('Only articles of this story'),
      since: day.describe('Published on or after (YYYY-MM-DD)'),
      until: day.describe('Published on or before (YYYY-MM-DD)'),
      limit: limit(200, 50),
      offset,
    }),
    response: z.object({ articles: z.array(ArticleSummarySchema) }),
    async handler({ query }) {
      const articles = await needStore(ctx).listArticles({ ...query, storyId: query.story });
      return { articles };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/articles/:id',
    tag: 'articles',
    summary: 'One stored article: its record, metadata and corpus entity ids',
    params: z.object({ id: z.string().min(1).max(500) }),
    response: StoredArticleSchema,
    async handler({ params }) {
      const article = await needStore(ctx).article(params.id);
      if (!article) throw new HttpError(404, 'E_NOT_FOUND', `no stored article with id ${JSON.stringify(params.id)}`);
      return article;
    },
  }),
];
