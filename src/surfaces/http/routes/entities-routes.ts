// GET /entities (by name or alias, else the most mentioned) and GET /entities/:id (aliases, titles
// over time, publishers, merge evidence). An entity's quotes over time: GET /quotes?speakerId=ID.
import { z } from 'zod';
import { ENTITY_TYPES } from '../../../core/records/entity.js';
import { HttpError } from '../http-error.js';
import { defineRoute } from '../route.js';
import { EntityDetailSchema, EntitySummarySchema } from '../schemas/corpus-schemas.js';
import { IdParams, limit, offset } from '../schemas/query-params.js';
import { needStore, type ServerContext } from '../server-context.js';

export const entitiesRoutes = (ctx: ServerContext) => [
  defineRoute({
    method: 'GET',
    url: '/entities',
    tag: 'entities',
    summary: 'Corpus entities: those named or called `name`, else the most mentioned (optionally of one type)',
    query: z.object({
      name: z.string().min(1).max(200).optional().describe('A name or alias; exact canonical names first'),
      type: z.enum(ENTITY_TYPES).optional(),
      limit: limit(200, 50),
      offset,
    }),
    response: z.object({ entities: z.array(EntitySummarySchema) }),
    async handler({ query }) {
      const store = needStore(ctx);
      if (query.name) {
        const found = await store.findEntities(query.name, query.limit + query.offset);
        const typed = query.type ? found.filter((e) => e.type === query.type) : found;
        return { entities: typed.slice(query.offset) };
      }
      return { entities: await store.topEntities(query) };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/entities/:id',
    tag: 'entities',
    summary: 'One corpus entity: aliases, titles over time, publishers and merge evidence',
    params: IdParams,
    response: EntityDetailSchema,
    async handler({ params }) {
      const entity = await needStore(ctx).entity(params.id);
      if (!entity) throw new HttpError(404, 'E_NOT_FOUND', `no entity with id ${params.id}`);
      return entity;
    },
  }),
];
