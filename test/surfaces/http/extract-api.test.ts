// POST /extract through real HTTP: text in, a valid record out with exact spans; bad input gets a
// clear 4xx JSON error with a stable code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecordSchema, type StoryRecord } from '../../../src/core/record.js';
import { spanProblems } from '../../helpers/record-spans.js';
import { json, startServer, type Running } from './start-server.js';

let server: Running;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.base}/extract`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('POST /extract', () => {
  it('extracts a text article: speaker, cue and content with exact offsets', async () => {
    const text = 'Ana Ruiz, the mayor of Lima, said on Tuesday: "We will rebuild the bridge by March."';
    const res = await post({ text, published: '2025-03-06', id: 'lima-1' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const { record, stored } = (await json(res)) as { record: StoryRecord; stored: unknown };
    expect(stored).toBeNull();
    expect(RecordSchema.safeParse(record).success).toBe(true);
    expect(record.id).toBe('lima-1');
    expect(record.text).toBe(text);
    expect(spanProblems(record, text)).toEqual([]);
    const quote = record.quotes.find((q) => q.direct);
    expect(quote).toBeDefined();
    const speaker = record.entities.find((e) => e.id === quote!.speaker);
    expect(speaker?.name).toBe('Ana Ruiz');
    expect(text.slice(quote!.content[0].start, quote!.content[0].end)).toContain('We will rebuild the bridge');
  });

  it('derives a stable id from the content when none is given', async () => {
    const body = { text: 'The council said it would meet again.' };
    const a = (await json(await post(body))) as { record: StoryRecord };
    const b = (await json(await post(body))) as { record: StoryRecord };
    expect(a.record.id).toMatch(/^doc-[0-9a-f]{12}$/);
    expect(b.record.id).toBe(a.record.id);
  });

  it.each([
    ['no input at all', {}, /exactly one of "text", "html" or "url"/],
    ['two inputs', { text: 'a', html: '<p>a</p>' }, /exactly one of/],
    ['an unknown field', { text: 'a', colour: 'red' }, /Unrecognized key: "colour"/],
    ['a bad date', { text: 'a', published: '14/08/2025' }, /body\.published/],
    ['a non-http URL', { url: 'file:///etc/passwd' }, /body\.url/],
    ['text of the wrong type', { text: 42 }, /body\.text/],
  ])('refuses %s with 400 E_VALIDATION', async (_name, body, message) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    const { error } = (await json(res)) as { error: { code: string; message: string } };
    expect(error.code).toBe('E_VALIDATION');
    expect(error.message).toMatch(message);
  });

  it('refuses malformed JSON with 400 E_BAD_JSON and no stack trace', async () => {
    const res = await post('{"text": ');
    expect(res.status).toBe(400);
    const body = await res.text();
    expect(JSON.parse(body).error.code).toBe('E_BAD_JSON');
    expect(body).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it('refuses NUL characters (binary data) with E_BINARY_INPUT', async () => {
    const res = await post({ text: 'abc\u0000def' });
    expect(res.status).toBe(400);
    expect(((await json(res)) as { error: { code: string } }).error.code).toBe('E_BINARY_INPUT');
  });

  it('refuses save: true without a store (409 E_NO_STORE)', async () => {
    const res = await post({ text: 'The council met.', save: true });
    expect(res.status).toBe(409);
    expect(((await json(res)) as { error: { code: string } }).error.code).toBe('E_NO_STORE');
  });

  it('refuses other media types with 415', async () => {
    const res = await post('<article/>', { 'content-type': 'application/xml' });
    expect(res.status).toBe(415);
    expect(((await json(res)) as { error: { code: string } }).error.code).toBe('E_UNSUPPORTED_MEDIA_TYPE');
  });
});
