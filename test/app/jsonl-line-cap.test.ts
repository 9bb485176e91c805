// Issue 22, finding 2: one over-long JSONL line (generated here, never stored) is skipped with its line
// number and E_LINE_TOO_LONG while the good lines around it are still extracted, ingested and queued.
// Before the cap, node:readline built the line as one string: past ~512 MB the batch died in
// "RangeError: Invalid string length" with nothing written; a 60 MB line went whole into the pipeline.
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractJsonl } from '../../src/app/extract.js';
import { ingestInputs, type IngestEntry } from '../../src/app/ingest-inputs.js';
import { extractJsonlParallel } from '../../src/app/parallel/extract-jsonl-parallel.js';
import { jobsFromArguments, type SourceProblem } from '../../src/queue/job-sources.js';

const MB = Buffer.alloc(1 << 20, 'a');
const good = (id: string) => `${JSON.stringify({ id, text: `Mayor Ana Ruiz said the bridge will reopen. (${id})` })}\n`;

/** Three JSONL lines, the middle one `mb` megabytes long, streamed without ever being held. */
async function* batch(mb: number): AsyncGenerator<Buffer | string> {
  yield good('first');
  yield '{"id":"huge","text":"';
  for (let i = 0; i < mb; i++) yield MB;
  yield '"}\n';
  yield good('last');
}

let dir = '';
let gz = '';
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'storyline-linecap-'));
  gz = join(dir, 'batch.jsonl.gz');
  await pipeline(Readable.from(batch(60)), createGzip({ level: 1 }), createWriteStream(gz));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('JSONL line cap', () => {
  it('extract: a 600 MB line is skipped as E_LINE_TOO_LONG, the lines around it are written', async () => {
    const ids: string[] = [];
    const errors: [number, string | undefined, string][] = [];
    const result = await extractJsonl(Readable.from(batch(600)), {
      onRecord: (r) => void ids.push(r.id),
      onError: (line, message, code) => void errors.push([line, code, message]),
    });
    expect(result).toEqual({ ok: 2, failed: 1 });
    expect(ids).toEqual(['first', 'last']);
    expect(errors).toHaveLength(1);
    expect(errors[0].slice(0, 2)).toEqual([2, 'E_LINE_TOO_LONG']);
    expect(errors[0][2]).toMatch(/50 MB cap/);
  });

  it('extract on threads: the same', async () => {
    const ids: string[] = [];
    const errors: [number, string | undefined][] = [];
    const result = await extractJsonlParallel(Readable.from(batch(600)), {
      onRecord: (r) => void ids.push(r.id),
      onError: (line, _message, code) => void errors.push([line, code]),
    }, { workers: 2 });
    expect(result).toEqual({ ok: 2, failed: 1 });
    expect(ids).toEqual(['first', 'last']);
    expect(errors).toEqual([[2, 'E_LINE_TOO_LONG']]);
  });

  it('ingest reads a .jsonl.gz with a 60 MB line: FILE:LINE failure between the two articles', async () => {
    const entries: IngestEntry[] = [];
    for await (const e of ingestInputs([gz])) entries.push(e);
    expect(entries.map((e) => (e.kind === 'error' ? `${e.location} ${e.code}` : e.id))).toEqual(['first', `${gz}:2 E_LINE_TOO_LONG`, 'last']);
  });

  it('enqueue reads it the same way: two jobs, one problem', async () => {
    const problems: SourceProblem[] = [];
    const jobs = [];
    for await (const job of jobsFromArguments([gz], (p) => problems.push(p))) jobs.push(job);
    expect(jobs.map((j) => (j.kind === 'article' ? j.article.id : j.url))).toEqual(['first', 'last']);
    expect(problems.map((p) => [p.location, p.code])).toEqual([[`${gz}:2`, 'E_LINE_TOO_LONG']]);
  });
});
