// The storyline command line: dispatches to one small file per command. Commands are imported when
// run, so `--help` and the quick commands do not wait for the extraction pipeline to load (~5 s).
import { StorylineError } from '../../core/errors.js';
import { VERSION } from '../../core/version.js';
import { COMMAND_HELP, OVERVIEW, wantsHelp } from './help.js';

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== undefined && Object.hasOwn(COMMAND_HELP, command) && wantsHelp(rest)) {
    process.stdout.write(COMMAND_HELP[command]);
    return 0;
  }
  try {
    switch (command) {
      case 'extract':
        return await (await import('./commands/extract-command.js')).runExtract(rest);
      case 'parse':
        return (await import('./commands/parse-command.js')).runParse(rest);
      case 'schema':
        return (await import('./commands/schema-command.js')).runSchema();
      case 'feeds':
        return await (await import('./commands/feeds-command.js')).runFeeds(rest);
      case 'ingest':
        return await (await import('./commands/ingest-command.js')).runIngest(rest);
      case 'quotes':
        return await (await import('./commands/quotes-command.js')).runQuotes(rest);
      case 'entity':
        return await (await import('./commands/entity-command.js')).runEntity(rest);
      case 'stories':
        return await (await import('./commands/stories-command.js')).runStories(rest);
      case 'story':
        return await (await import('./commands/story-command.js')).runStory(rest);
      case 'timeline':
        return await (await import('./commands/timeline-command.js')).runTimeline(rest);
      case 'export':
        return await (await import('./commands/export-command.js')).runExport(rest);
      case 'enqueue':
        return await (await import('./commands/enqueue-command.js')).runEnqueue(rest);
      case 'worker':
        return await (await import('./commands/worker-command.js')).runWorker(rest);
      case 'status':
        return await (await import('./commands/status-command.js')).runStatus(rest);
      case 'serve':
        return await (await import('./commands/serve-command.js')).runServe(rest);
      case '--version':
      case '-v':
        process.stdout.write(`storyline ${VERSION}\n`);
        return 0;
      case 'help':
        // `storyline help extract` as well as `storyline extract --help`.
        process.stdout.write(rest[0] !== undefined && Object.hasOwn(COMMAND_HELP, rest[0]) ? COMMAND_HELP[rest[0]] : OVERVIEW);
        return 0;
      case undefined:
      case '--help':
      case '-h':
        process.stdout.write(OVERVIEW);
        return 0;
      default:
        process.stderr.write(`storyline: unknown command "${command}"\n\n${OVERVIEW}`);
        return 2;
    }
  } catch (err) {
    if (err instanceof StorylineError) {
      process.stderr.write(`storyline: ${err.message} [${err.code}]\n`);
      return 2;
    }
    // node:util parseArgs refuses unknown options and missing values with these codes: an option
    // problem (exit 2, like every other), with the way to the command's option list.
    const code = (err as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')) {
      process.stderr.write(`storyline: ${(err as Error).message.split('. ')[0]}; see storyline ${command} --help [E_BAD_OPTION]\n`);
      return 2;
    }
    throw err;
  }
}
