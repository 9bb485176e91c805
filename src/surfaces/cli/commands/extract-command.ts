// `storyline extract`: parse options, read the input, call the extract use case, format the output.
// Inputs: a text file or stdin (one article), a JSONL batch, or — through the sources use case —
// HTML files, directories of .html/.htm/.txt (and .gz), WARC files and http(s) URLs.
import { closeSync, createReadStream, existsSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { createGunzip } from 'node:zlib';
import { decodeInput } from '../../../app/decode-input.js';
import { extractJsonl, type BatchHooks } from '../../../app/extract.js';
import { extractSources } from '../../../app/extract-sources.js';
import { extractSource, parsePublished } from '../../../app/intake.js';
import { isUrl, MAX_FILE_BYTES } from '../../../app/ingest-sources.js';
import { parseArticleTimeout, parseWorkers } from '../../../app/parallel/extract-pool.js';
import { extractJsonlParallel } from '../../../app/parallel/extract-jsonl-parallel.js';
import { articleSource } from '../../../core/article-source.js';
import { StorylineError } from '../../../core/errors.js';
import type { StoryRecord } from '../../../core/record.js';
import { decodePage } from '../../../sources/fetch/charset.js';
import { readCapped } from '../../../sources/fetch/read-capped.js';
import { fileKind } from '../../../sources/file-kinds.js';
import { formatPretty } from '../format-pretty.js';
import { choosePipeline, PIPELINE_OPTION } from './pipeline-option.js';
import { Progress } from '../progress.js';

type Format = 'pretty' | 'json' | 'jsonl';

export async function runExtract(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      'input-format': { type: 'string' },
      published: { type: 'string' },
      id: { type: 'string' },
      workers: { type: 'string' },
      'allow-private': { type: 'boolean' },
      'ignore-robots': { type: 'boolean' },
      timeout: { type: 'string' },
      'no-duplicates': { type: 'boolean' },
      'article-timeout': { type: 'string' },
      ...PIPELINE_OPTION,
    },
  });
  choosePipeline(values.pipeline);
  const workers = parseWorkers(values.workers);
  const articleTimeoutMs = parseArticleTimeout(values['article-timeout']);
  const format = (values.format ?? (process.stdout.isTTY ? 'pretty' : 'jsonl')) as Format;
  if (!['pretty', 'json', 'jsonl'].includes(format)) {
    throw new StorylineError('E_BAD_OPTION', `--format must be pretty, json or jsonl, not "${format}"`);
  }
  const published = parsePublished(values.published);
  const inputs = positionals.length ? positionals : ['-'];
  if (inputs.length > 1 && inputs.includes('-')) throw new StorylineError('E_BAD_OPTION', 'stdin (-) cannot be combined with other inputs');
  const file = inputs[0];
  const inputFormat = values['input-format'] ?? defaultFormat(inputs);
  if (!['text', 'jsonl', 'html', 'auto'].includes(inputFormat)) {
    throw new StorylineError('E_BAD_OPTION', `--input-format must be text, jsonl or html, not "${inputFormat}"`);
  }
  if (inputFormat === 'auto') return runSources(inputs, { ...values, published }, format);
  if (inputs.length > 1) throw new StorylineError('E_BAD_OPTION', `give one ${inputFormat} file (or - for stdin)`);
  if (file !== '-' && !existsSync(file)) throw new StorylineError('E_INPUT_NOT_FOUND', `no such file: ${file}`);
  if (file !== '-' && statSync(file).isDirectory()) throw new StorylineError('E_BAD_OPTION', `${file} is a directory; drop --input-format to read the files in it`);
  const write = (record: StoryRecord) => writeRecord(record, format);

  if (inputFormat === 'jsonl') {
    const progress = new Progress(process.stderr);
    const stream = file === '-' ? process.stdin : /\.gz$/i.test(file) ? gunzipped(file) : createReadStream(file);
    // --workers N > 1: a pool of threads, records still in input order (src/app/parallel); for jsonl
    // output the threads also write each record's JSON line, so this thread only copies them out.
    const onJson = format === 'jsonl' ? (json: string) => void process.stdout.write(`${json}\n`) : undefined;
    const batch = workers > 1 ? (i: typeof stream, h: BatchHooks) => extractJsonlParallel(i, { ...h, onJson }, { workers, articleTimeoutMs }) : extractJsonl;
    const result = await batch(stream, {
      published,
      onRecord: write,
      onError: (line, message, code) => {
        progress.clear();
        process.stderr.write(`storyline: ${file === '-' ? 'stdin' : file}:${line}: ${message}${code ? ` [${code}]` : ''}\n`);
      },
      onProgress: (done, failed) => progress.update(done, failed),
    });
    progress.done(result.ok, result.failed);
    return result.failed > 0 ? 1 : 0;
  }

  const label = file === '-' ? 'stdin' : file;
  // The same cap as `ingest` puts on a file: 60 MB of text took 5 GB and minutes before it.
  const bytes = await readCapped(file === '-' ? process.stdin : createReadStream(file), { maxBytes: MAX_FILE_BYTES, label });
  const id = values.id ?? (file === '-' ? 'stdin' : basename(file).replace(/\..*$/, ''));
  // HTML carries its own charset (meta, BOM); plain text is UTF-8.
  const { text, warnings } = inputFormat === 'html' ? decodePage(bytes, null, label) : decodeInput(bytes, label);
  for (const w of warnings) process.stderr.write(`storyline: warning: ${w}\n`);
  const body = inputFormat === 'html' ? { html: text, source: { kind: 'html' as const, location: file === '-' ? null : file } } : { text };
  write(extractSource(articleSource({ id, ...body, published, location: label, warnings })));
  return 0;
}

/** jsonl for *.jsonl, text for stdin and a plain text file; anything else goes through the sources. */
function defaultFormat(inputs: string[]): string {
  if (inputs.length > 1) return 'auto';
  const file = inputs[0];
  if (file === '-') return 'text';
  if (isUrl(file)) return 'auto';
  if (/\.jsonl(\.gz)?$/i.test(file)) return 'jsonl';
  if (existsSync(file) && statSync(file).isDirectory()) return 'auto';
  if (/\.gz$/i.test(file) || fileKind(file) === 'html' || fileKind(file) === 'warc') return 'auto';
  return 'text';
}

async function runSources(inputs: string[], values: { published: string | null; id?: string; 'allow-private'?: boolean; 'ignore-robots'?: boolean; timeout?: string; 'no-duplicates'?: boolean }, format: Format): Promise<number> {
  const timeout = values.timeout == null ? undefined : Number(values.timeout);
  if (timeout !== undefined && !(timeout > 0)) throw new StorylineError('E_BAD_OPTION', `--timeout must be a number of seconds, not "${values.timeout}"`);
  // One article named on its own (a URL, a page, a .txt.gz): its failure is the run's failure (exit 2),
  // whatever its kind; a folder or a WARC is a batch (exit 1 when some items failed).
  const one = inputs[0];
  const single = inputs.length === 1 && (isUrl(one) || (fileKind(one) !== 'warc' && !(existsSync(one) && statSync(one).isDirectory())));
  if (values.id && !single) throw new StorylineError('E_BAD_OPTION', '--id names the record of one page; it cannot name a batch');
  const progress = new Progress(process.stderr);
  const result = await extractSources(
    inputs,
    {
      published: values.published,
      id: values.id,
      allowPrivate: values['allow-private'] === true,
      ignoreRobots: values['ignore-robots'] === true,
      timeoutMs: timeout === undefined ? undefined : timeout * 1000,
      duplicates: values['no-duplicates'] !== true,
    },
    {
      onRecord: (record) => writeRecord(record, format),
      onError: (f) => {
        progress.clear();
        process.stderr.write(`storyline: ${f.message.includes(f.location) ? '' : `${f.location}: `}${f.message} [${f.code}]\n`);
      },
      onProgress: (done, failed) => progress.update(done, failed),
    },
  );
  progress.done(result.ok, result.failed);
  if (result.duplicates > 0) process.stderr.write(`storyline: ${result.duplicates} near-duplicate${result.duplicates > 1 ? 's' : ''} marked (duplicateOf)\n`);
  if (single && result.failed > 0) return 2;
  return result.failed > 0 ? 1 : 0;
}

function gunzipped(file: string): Readable {
  const magic = Buffer.alloc(2);
  const fd = openSync(file, 'r');
  readSync(fd, magic, 0, 2, 0);
  closeSync(fd);
  if (magic[0] !== 0x1f || magic[1] !== 0x8b) throw new StorylineError('E_SOURCE_READ', `${file}: not gzip data (the name ends in .gz)`);
  return createReadStream(file).pipe(createGunzip());
}

function writeRecord(record: StoryRecord, format: Format): void {
  if (format === 'jsonl') process.stdout.write(`${JSON.stringify(record)}\n`);
  else if (format === 'json') process.stdout.write(`${JSON.stringify(record, null, 2)}\n`);
  else process.stdout.write(formatPretty(record, process.stdout.isTTY === true));
}
