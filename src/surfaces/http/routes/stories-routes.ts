// GET /stories (largest first), GET /stories/:id (its articles in publication order, the entities it
// involves, quantities its sources disagree on), GET /stories/:id/timeline and GET /stories/:id/facts
// (its places and its figures with their consistency checks).
import { z } from 'zod';
import { describeStory, timeline } from '../../../app/query.js';
import { storyFacts } from '../../../app/story-facts.js';
import { HttpError } from '../http-error.js';
import { defineRoute } from '../route.js';
import { StoryFactsSchema, StorySummarySchema, StoryViewSchema, TimelineEntrySchema } from '../schemas/corpus-schemas.js';
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
    summary: 'One story: its articles in publication order, its main entities, and figures its sources disagree on',
    params: IdParams,
    response: StoryViewSchema,
    async handler({ params }) {
      const story = await describeStory(needStore(ctx), params.id);
      if (!story) throw new HttpError(404, 'E_NOT_FOUND', `no story with id ${params.id}`);
      return story;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/stories/:id/timeline',
    tag: 'stories',
    summary: "A story's events and quotes ordered by when they happened, each with its source article",
    params: IdParams,
    response: z.object({ entries: z.array(TimelineEntrySchema) }),
    async handler({ params }) {
      const entries = await timeline(needStore(ctx), params.id);
      if (!entries) throw new HttpError(404, 'E_NOT_FOUND', `no story with id ${params.id}`);
      return { entries };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/stories/:id/facts',
    tag: 'stories',
    summary: "A story's places (geocoded) and its figures with the consistency checks each took part in",
    params: IdParams,
    response: StoryFactsSchema,
    async handler({ params }) {
      const facts = await storyFacts(needStore(ctx), params.id);
      if (!facts) throw new HttpError(404, 'E_NOT_FOUND', `no story with id ${params.id}`);
      return facts;
    },
  }),
];
