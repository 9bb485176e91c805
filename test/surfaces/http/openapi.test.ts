// /openapi.json is generated from the route table: every route the server answers is documented,
// with its parameters, body and responses, and the shared record schema is a component.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRoutes } from '../../../src/surfaces/http/server.js';
import { createContext } from '../../../src/surfaces/http/context.js';
import { json, startServer, type Running } from './start-server.js';

type Doc = {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, unknown>; requestBody?: unknown; parameters: { name: string; in: string }[]; security?: unknown }>>;
  components: { schemas: Record<string, { type?: string; properties?: Record<string, unknown> }> };
};

let server: Running;
let doc: Doc;
beforeAll(async () => {
  server = await startServer();
  doc = (await json(await fetch(`${server.base}/openapi.json`))) as Doc;
});
afterAll(() => server.close());

describe('GET /openapi.json', () => {
  it('is OpenAPI 3.1 with the record and error schemas as components', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.components.schemas.Record.properties ?? {})).toEqual(expect.arrayContaining(['text', 'entities', 'quotes']));
    expect(doc.components.schemas.Error.properties).toHaveProperty('error');
  });

  it('documents every route the server registers, and only those', () => {
    const expected = apiRoutes(createContext()).map((r) => `${r.method.toLowerCase()} ${r.url.replace(/:(\w+)/g, '{$1}')}`);
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`));
    expect(documented.sort()).toEqual(expected.sort());
  });

  it('describes /extract: body, 200 record reference, 4xx errors, bearer security', () => {
    const op = doc.paths['/extract'].post;
    expect(JSON.stringify(op.requestBody)).toMatch(/"text"/);
    expect(JSON.stringify(op.responses[200])).toContain('#/components/schemas/Record');
    expect(op.responses).toHaveProperty('400');
    expect(op.responses).toHaveProperty('401');
    expect(op.security).toBeDefined();
  });

  it('lists each route\'s documented responses as JSON with an error body for 4xx', () => {
    for (const ops of Object.values(doc.paths)) {
      for (const op of Object.values(ops)) {
        expect(op.responses).toHaveProperty('200');
        expect(JSON.stringify(op.responses[400])).toContain('#/components/schemas/Error');
      }
    }
  });

  it('resolves every $ref to a component and declares every path parameter', () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(0);
    for (const name of refs) expect(doc.components.schemas).toHaveProperty(name);
    for (const [path, ops] of Object.entries(doc.paths)) {
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const op of Object.values(ops)) {
        expect(op.parameters.filter((p) => p.in === 'path').map((p) => p.name).sort()).toEqual(inPath.sort());
      }
    }
  });
});
