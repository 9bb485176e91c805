// The storyline command line: dispatches to one small file per command.
import { StorylineError } from '../../core/errors.js';
import { runExtract } from './commands/extract-command.js';
import { runSchema } from './commands/schema-command.js';

const HELP = `storyline — turn news articles into verifiable records of who said what

Usage:
  storyline extract [FILE|-] [options]   extract one article (text) or a JSONL batch
  storyline schema                       print the JSON Schema of the output record
  storyline --help | --version

extract options:
  --format pretty|json|jsonl   output format (default: pretty on a terminal, jsonl otherwise)
  --input-format text|jsonl    input format (default: jsonl for *.jsonl files, text otherwise)
  --published YYYY-MM-DD       publication date (reference for relative dates)
  --id ID                      record id for a text input (default: the file name)

Examples:
  storyline extract examples/summit.txt --published 2025-03-06
  storyline extract --format jsonl articles.jsonl > records.jsonl
  cat article.txt | storyline extract - --format json
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'extract':
        return await runExtract(rest);
      case 'schema':
        return runSchema();
      case '--version':
      case '-v':
        process.stdout.write('storyline 0.1.0\n');
        return 0;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(HELP);
        return 0;
      default:
        process.stderr.write(`storyline: unknown command "${command}"\n\n${HELP}`);
        return 2;
    }
  } catch (err) {
    if (err instanceof StorylineError) {
      process.stderr.write(`storyline: ${err.message} [${err.code}]\n`);
      return 2;
    }
    throw err;
  }
}
