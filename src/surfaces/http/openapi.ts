// The OpenAPI 3.1 document, generated from the route definitions and their zod schemas (OpenAPI 3.1
// uses JSON Schema 2020-12, which zod emits directly). Shared schemas (the article record, the
// error body) are components referenced by name.
import { z } from 'zod';
import { RecordSchema } from '../../core/record.js';
import { ErrorBodySchema } from './http-error.js';
import type { AnyRoute } from './route.js';

type Json = Record<string, unknown>;

const COMPONENTS: Record<string, z.ZodType> = { Record: RecordSchema, Error: ErrorBodySchema };

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });

/** JSON Schema of a zod schema; shared components met inside it become `$ref`s. */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output', asComponent = false): Json {
  const out = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema: json, path }) => {
      const name = Object.keys(COMPONENTS).find((key) => (COMPONENTS[key] as unknown) === zodSchema);
      // A component's own root stays inline: it is the definition the references point to.
      if (!name || (asComponent && path.length === 0)) return;
      for (const key of Object.keys(json)) delete (json as Json)[key];
      Object.assign(json, ref(name));
    },
  }) as Json;
  delete out.$schema;
  return out;
}

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query'): Json[] {
  if (!(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, prop]) => ({
    name,
    in: where,
    // A field that accepts `undefined` (optional or defaulted) is not required.
    required: where === 'path' || !prop.safeParse(undefined).success,
    ...(prop.description ? { description: prop.description } : {}),
    schema: jsonSchema(prop, 'input'),
  }));
}

function operation(route: AnyRoute): Json {
  const media = route.produces ?? 'application/json';
  const okSchema = jsonSchema(route.response, 'output');
  const errors: Json = { description: 'Error', content: { 'application/json': { schema: ref('Error') } } };
  const responses: Json = {
    200: { description: 'OK', content: { [media]: { schema: okSchema } } },
    400: { ...errors, description: 'Invalid input (E_VALIDATION, E_BAD_JSON, ...)' },
  };
  if (route.url.includes(':')) responses[404] = { ...errors, description: 'Not found (E_NOT_FOUND)' };
  if (route.write) responses[401] = { ...errors, description: 'Missing or wrong token (E_UNAUTHORIZED)' };
  if (route.body) responses[413] = { ...errors, description: 'Body too large (E_BODY_TOO_LARGE)' };
  const op: Json = {
    operationId: `${route.method.toLowerCase()}${route.url.replace(/[/:]+(\w)/g, (_m, c: string) => c.toUpperCase())}`,
    tags: [route.tag],
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
    responses,
  };
  if (route.body) {
    op.requestBody = { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } };
  }
  if (route.write) op.security = [{ bearer: [] }, {}];
  return op;
}

export function openApiDocument(routes: AnyRoute[], version: string): Json {
  const paths: Record<string, Json> = {};
  for (const route of routes) {
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    (paths[path] ??= {})[route.method.toLowerCase()] = operation(route);
  }
  const schemas = Object.fromEntries(Object.entries(COMPONENTS).map(([name, s]) => [name, jsonSchema(s, 'output', true)]));
  return {
    openapi: '3.1.0',
    info: {
      title: 'Storyline API',
      version,
      description:
        'Who said what in news articles, with exact character offsets. Write endpoints need `Authorization: Bearer <token>` ' +
        'when the server was started with a token (always when it listens beyond 127.0.0.1).',
    },
    paths,
    components: {
      schemas,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}
