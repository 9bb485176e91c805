// Smoke tests of what ships: the built CLI, run the way the README tells a user to run it
// (`node bin/storyline.js ...`, `npx storyline ...`). Every record produced here must validate against
// the JSON Schema that `storyline schema` prints, and against the zod definition it is generated from.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecordSchema, type StoryRecord } from '../../src/core/record.js';
import { schemaErrors } from '../helpers/json-schema-check.js';
import { spanProblems } from '../helpers/record-spans.js';
import { newest } from '../helpers/built-cli.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI_MAIN = join(ROOT, 'dist/surfaces/cli/main.js');
let tmp = '';
let printedSchema: Record<string, unknown> = {};

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command to its end without blocking the test worker (a synchronous spawn holds vitest's
 * worker for the whole run, and a long one makes its progress reports time out).
 */
function runCommand(command: string, args: string[], input?: string | Buffer): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: ROOT, timeout: 90_000 });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', fail);
    const started = Date.now();
    child.on('close', (status, signal) => {
      // A run killed by a signal has no status; say which signal and when, so a failure can be read.
      const killed = signal === null ? '' : `\n[test: killed by ${signal} after ${Date.now() - started} ms]`;
      done({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') + killed });
    });
    child.stdin.on('error', () => {}); // the CLI may exit before reading all of its input
    child.stdin.end(input);
  });
}

function storyline(args: string[], input?: string | Buffer): Promise<Run> {
  return runCommand(process.execPath, [join(ROOT, 'bin/storyline.js'), ...args], input);
}

function file(name: string, content: string | Buffer): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

function records(stdout: string): StoryRecord[] {
  return stdout.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as StoryRecord);
}

/** The checks every record must pass, whatever produced it. */
function expectValid(record: StoryRecord, text?: string): void {
  expect(schemaErrors(printedSchema, record)).toEqual([]);
  expect(RecordSchema.safeParse(record).success).toBe(true);
  expect(spanProblems(record, text ?? record.text)).toEqual([]);
}

beforeAll(async () => {
  // `npm test` builds before it tests; a bare `npx vitest run` may find dist/ stale or missing.
  let stale = true;
  try {
    stale = statSync(CLI_MAIN).mtimeMs < newest(join(ROOT, 'src'));
  } catch {
    stale = true;
  }
  if (stale) {
    const build = await runCommand(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json']);
    if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}${build.stderr}`);
  }
  tmp = mkdtempSync(join(tmpdir(), 'storyline-cli-'));
  const schema = await storyline(['schema']);
  expect(schema.status).toBe(0);
  printedSchema = JSON.parse(schema.stdout) as Record<string, unknown>;
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('storyline schema', () => {
  it('prints a JSON Schema for the record', async () => {
    expect(printedSchema.$schema).toMatch(/json-schema\.org/);
    expect(printedSchema.type).toBe('object');
    const props = printedSchema.properties as Record<string, unknown>;
    for (const key of ['id', 'text', 'entities', 'quotes', 'dates', 'amounts', 'events']) expect(props).toHaveProperty(key);
    expect(printedSchema.required).toEqual(expect.arrayContaining(['id', 'text', 'entities', 'quotes']));
  });

  it('rejects what a record must not be', async () => {
    expect(schemaErrors(printedSchema, {})).not.toEqual([]);
    expect(schemaErrors(printedSchema, { id: 1 })).not.toEqual([]);
  });
});

describe('storyline extract', () => {
  it('runs the README example (npx storyline extract examples/summit.txt --published 2025-03-06)', async () => {
    const run = await runCommand('npx', ['--no-install', 'storyline', 'extract', 'examples/summit.txt', '--published', '2025-03-06', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status, run.stderr).toBe(0);
    const record = JSON.parse(run.stdout) as StoryRecord;
    expectValid(record, readFileSync(join(ROOT, 'examples/summit.txt'), 'utf8'));
    expect(record).toMatchObject({ id: 'summit', published: '2025-03-06' });
    expect(record.entities.map((e) => e.name)).toContain('Ana Ruiz');
    expect(record.quotes.length).toBeGreaterThan(0);
  });

  it('prints a readable summary with --format pretty', async () => {
    const run = await storyline(['extract', 'examples/summit.txt', '--format', 'pretty']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Ana Ruiz');
  });

  it('turns a text file into one JSONL record', async () => {
    const text = 'Foreign Minister Ana Ruiz said: “We agree.”\r\nThe ministry said talks would resume.\n';
    const run = await storyline(['extract', file('talks.txt', text), '--format', 'jsonl']);
    expect(run.status, run.stderr).toBe(0);
    const out = records(run.stdout);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ id: 'talks', text });
    expectValid(out[0], text);
  });

  it('reads stdin when the file is -', async () => {
    const text = '“We will meet again,” Ruiz said.';
    const run = await storyline(['extract', '-', '--format', 'jsonl', '--published', '2025-03-06'], text);
    expect(run.status, run.stderr).toBe(0);
    const [record] = records(run.stdout);
    expect(record).toMatchObject({ id: 'stdin', text, published: '2025-03-06' });
    expectValid(record, text);
  });

  it('writes the good lines of a JSONL batch, names the bad lines on stderr and exits 1', async () => {
    const lines = [
      JSON.stringify({ id: 'a1', text: 'Ana Ruiz said: “Yes.”', published: '2025-03-06' }),
      '{"id": "broken", "text": ', // line 2: invalid JSON
      JSON.stringify({ id: 'a3', text: 'Kwame Mensah said that talks would resume.' }),
      JSON.stringify({ id: 'a4', title: 'no text here' }), // line 4: no text
      '',
      JSON.stringify({ id: 'a6', text: '' }),
    ];
    const run = await storyline(['extract', file('batch.jsonl', `${lines.join('\n')}\n`)]);
    expect(run.status, run.stderr).toBe(1);
    const out = records(run.stdout);
    expect(out.map((r) => r.id)).toEqual(['a1', 'a3', 'a6']);
    for (const r of out) expectValid(r);
    expect(out[0].published).toBe('2025-03-06');
    const errors = run.stderr.trim().split('\n').filter((l) => /:\d+: /.test(l));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/batch\.jsonl:2: .*invalid JSON/);
    expect(errors[1]).toMatch(/batch\.jsonl:4: .*text/);
  });

  it('counts a batch of one good line in the singular ("1 record written", not "1 records")', async () => {
    const lines = [JSON.stringify({ id: 'one', text: 'Ana Ruiz spoke.' }), '{"id": "broken"'];
    const run = await storyline(['extract', file('one-good.jsonl', `${lines.join('\n')}\n`)]);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toContain('storyline: 1 record written, 1 failed');
  });

  it('reads a JSONL batch from stdin with --input-format jsonl', async () => {
    const run = await storyline(['extract', '-', '--input-format', 'jsonl'], `${JSON.stringify({ id: 'x9', text: 'Ruiz spoke.' })}\n`);
    expect(run.status, run.stderr).toBe(0);
    expect(records(run.stdout).map((r) => r.id)).toEqual(['x9']);
  });

  it('turns an empty file into an empty record and exits 0', async () => {
    const run = await storyline(['extract', file('empty.txt', ''), '--format', 'jsonl']);
    expect(run.status, run.stderr).toBe(0);
    const [record] = records(run.stdout);
    expect(record).toMatchObject({ id: 'empty', text: '', entities: [], quotes: [] });
    expectValid(record, '');
  });

  it('refuses a binary file with a clear message and exit code 2', async () => {
    const run = await storyline(['extract', file('photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]))]);
    expect(run.status, run.stderr).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/photo\.jpg: looks like binary data/);
    expect(run.stderr).toContain('E_BINARY_INPUT');
  });

  it('warns about invalid UTF-8 and still writes the record', async () => {
    const run = await storyline(['extract', file('latin1.txt', Buffer.from([0x4a, 0x6f, 0x73, 0xe9, 0x20, 0x73, 0x61, 0x69, 0x64]))]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/invalid UTF-8/);
    const [record] = records(run.stdout);
    expect(record.text).toBe('Jos\uFFFD said');
    expect(record.warnings.join(' ')).toMatch(/invalid UTF-8/);
    expectValid(record);
  });

  it.each([
    { args: ['extract', 'no/such/file.txt'], message: /no such file/ },
    { args: ['extract', 'examples/summit.txt', '--format', 'xml'], message: /--format must be/ },
    { args: ['extract', 'examples/summit.txt', '--published', 'Thursday'], message: /--published must be YYYY-MM-DD/ },
    { args: ['frobnicate'], message: /unknown command/ },
  ])('exits 2 with a message for $args', async ({ args, message }) => {
    const run = await storyline(args);
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
