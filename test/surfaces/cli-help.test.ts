// `storyline CMD --help` works for every command and lists every option the command parses (read
// from the command's own parseArgs options, so a new option without help fails here); an unknown
// option is a coded option error that points to the help.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_HELP, OVERVIEW } from '../../src/surfaces/cli/help.js';
import { ensureBuilt, ROOT, storyline } from '../helpers/built-cli.js';

const COMMANDS = ['extract', 'parse', 'schema', 'feeds', 'ingest', 'quotes', 'entity', 'stories', 'story', 'timeline', 'export', 'serve', 'enqueue', 'worker', 'status'];

/** The option names a command's parseArgs accepts, read from its source file. */
function parsedOptions(command: string): string[] {
  const file = command === 'story' || command === 'timeline' ? 'story-command-shell.ts' : `${command}-command.ts`;
  const source = readFileSync(join(ROOT, 'src/surfaces/cli/commands', file), 'utf8');
  const names = [...source.matchAll(/(?:'([\w-]+)'|([\w]+)): \{ type: '(?:string|boolean)'/g)].map((m) => m[1] ?? m[2]!);
  if (source.includes('...DB_OPTION')) names.push('db');
  if (source.includes('...PIPELINE_OPTION')) names.push('pipeline');
  if (source.includes('...QUEUE_OPTIONS')) names.push('redis', 'prefix');
  return names;
}

beforeAll(() => ensureBuilt());

describe('storyline --help', () => {
  it('has help for every command', () => {
    expect(Object.keys(COMMAND_HELP).sort()).toEqual([...COMMANDS].sort());
  });

  it.each(COMMANDS)('%s --help prints its help and exits 0', async (command) => {
    const run = await storyline([command, '--help'], ROOT);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(COMMAND_HELP[command]);
  });

  it.each(COMMANDS)('%s --help lists every option the command parses', (command) => {
    const options = parsedOptions(command);
    if (command !== 'schema') expect(options.length).toBeGreaterThan(0);
    for (const name of options) expect(COMMAND_HELP[command], `--${name}`).toMatch(new RegExp(`--${name}\\b`));
  });

  it('documents --limit where a command cuts its table', () => {
    expect(COMMAND_HELP['quotes']).toContain('--limit N                    at most N quotes (default 50)');
    expect(COMMAND_HELP['stories']).toContain('--limit N                    at most N stories (default 30)');
    expect(OVERVIEW).toContain('--limit N');
  });

  it('answers an unknown option with a coded error that points to the help (exit 2)', async () => {
    const run = await storyline(['quotes', '--bogus'], ROOT);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("storyline: Unknown option '--bogus'; see storyline quotes --help [E_BAD_OPTION]\n");
  });
});
