// GET /stories (largest first) and GET /stories/:id (its articles in publication order and the
// entities it involves).
import { z } from 'zod';
import { HttpError } from '../http-error.js';
import { defineRoute } from '../route.js';
import { StoryDetailSchema, StorySummarySchema } from '../schemas/corpus-schemas.js';
import { IdParams, limit, offset } from '../schemas/query-params.js';
import { needStore, type ServerContext } from '../server-context.js';

export const storiesRoutes = (ctx: ServerContext) => [
  defineRoute({
    method: 'GET',
    url: '/stories',
    tag: 'stories',
    summary: 'Stories (articles about the same events), largest first',
    query: z.object({ limit: limit(200, 50), offset }),
    response: z.object({ stories: z.array(StorySummarySchema) }),
    async handler({ query }) {
      return { stories: await needStore(ctx).stories(query) };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/stories/:id',
    tag: 'stories',
    summary: 'One story: its articles in publication order and its main entities',
    params: IdParams,
    response: StoryDetailSchema,
    async handler({ params }) {
      const story = await needStore(ctx).story(params.id);
      if (!story) throw new HttpError(404, 'E_NOT_FOUND', `no story with id ${params.id}`);
      return story;
    },
  }),
];
