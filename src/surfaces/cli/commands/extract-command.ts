// `storyline extract`: parse options, read the input, call the extract use case, format the output.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeInput } from '../../../app/decode-input.js';
import { extractArticle, extractJsonl } from '../../../app/extract.js';
import { StorylineError } from '../../../core/errors.js';
import type { StoryRecord } from '../../../core/record.js';
import { formatPretty } from '../format-pretty.js';
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
    },
  });
  const format = (values.format ?? (process.stdout.isTTY ? 'pretty' : 'jsonl')) as Format;
  if (!['pretty', 'json', 'jsonl'].includes(format)) {
    throw new StorylineError('E_BAD_OPTION', `--format must be pretty, json or jsonl, not "${format}"`);
  }
  if (values.published != null && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) {
    throw new StorylineError('E_BAD_OPTION', `--published must be YYYY-MM-DD, not "${values.published}"`);
  }
  if (positionals.length > 1) throw new StorylineError('E_BAD_OPTION', 'give one input file (or - for stdin)');
  const file = positionals[0] ?? '-';
  if (file !== '-' && !existsSync(file)) throw new StorylineError('E_INPUT_NOT_FOUND', `no such file: ${file}`);
  if (file !== '-' && statSync(file).isDirectory()) throw new StorylineError('E_BAD_OPTION', `${file} is a directory; give a file`);
  const inputFormat = values['input-format'] ?? (/\.jsonl$/i.test(file) ? 'jsonl' : 'text');
  if (inputFormat !== 'text' && inputFormat !== 'jsonl') {
    throw new StorylineError('E_BAD_OPTION', `--input-format must be text or jsonl, not "${inputFormat}"`);
  }
  const write = (record: StoryRecord) => writeRecord(record, format);

  if (inputFormat === 'jsonl') {
    const progress = new Progress(process.stderr);
    const stream = file === '-' ? process.stdin : createReadStream(file);
    const result = await extractJsonl(stream, {
      published: values.published ?? null,
      onRecord: write,
      onError: (line, message) => {
        progress.clear();
        process.stderr.write(`storyline: ${file === '-' ? 'stdin' : file}:${line}: ${message}\n`);
      },
      onProgress: (done, failed) => progress.update(done, failed),
    });
    progress.done(result.ok, result.failed);
    return result.failed > 0 ? 1 : 0;
  }

  const bytes = file === '-' ? await readStdin() : readFileSync(file);
  const label = file === '-' ? 'stdin' : file;
  const { text, warnings } = decodeInput(bytes, label);
  for (const w of warnings) process.stderr.write(`storyline: warning: ${w}\n`);
  const id = values.id ?? (file === '-' ? 'stdin' : basename(file).replace(/\..*$/, ''));
  write(extractArticle({ id, text, published: values.published ?? null }, warnings));
  return 0;
}

function writeRecord(record: StoryRecord, format: Format): void {
  if (format === 'jsonl') process.stdout.write(`${JSON.stringify(record)}\n`);
  else if (format === 'json') process.stdout.write(`${JSON.stringify(record, null, 2)}\n`);
  else process.stdout.write(formatPretty(record, process.stdout.isTTY === true));
}

async function readStdin(): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of process.stdin) parts.push(chunk as Buffer);
  return Buffer.concat(parts);
}
