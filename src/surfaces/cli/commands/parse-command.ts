// `storyline parse [FILE|-] [--input-format text|conllu]`: CoNLL-U with tags, lemmas and dependencies.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { StorylineError } from '../../../core/errors.js';
import { decodeInput } from '../../../app/decode-input.js';
import { MAX_FILE_BYTES } from '../../../app/ingest-sources.js';
import { parseConllu, parseText } from '../../../app/parse.js';

export function runParse(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'input-format': { type: 'string' } },
  });
  const format = values['input-format'] ?? (positionals[0]?.endsWith('.conllu') ? 'conllu' : 'text');
  if (format !== 'text' && format !== 'conllu') throw new StorylineError('E_BAD_OPTION', `--input-format must be text or conllu, not "${format}"`);
  if (positionals.length > 1) throw new StorylineError('E_BAD_OPTION', 'parse reads one FILE (or - for stdin)');
  const input = positionals[0] ?? '-';
  let bytes: Buffer;
  try {
    bytes = readFileSync(input === '-' ? 0 : input);
  } catch {
    throw new StorylineError('E_INPUT_NOT_FOUND', `cannot read ${input}`);
  }
  if (bytes.length > MAX_FILE_BYTES) throw new StorylineError('E_FETCH_TOO_LARGE', `${input}: over ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  const { text, warnings } = decodeInput(bytes, input);
  for (const w of warnings) process.stderr.write(`storyline: ${w}\n`);
  try {
    process.stdout.write(format === 'conllu' ? parseConllu(text) : parseText(text, input === '-' ? 'stdin' : (input.split('/').pop() ?? input).replace(/\.[^.]*$/, '')));
  } catch (err) {
    if (err instanceof StorylineError) throw err;
    throw new StorylineError('E_BAD_CONLLU', `${input}: ${(err as Error).message}`);
  }
  return 0;
}
