// The storyline command line: dispatches to one small file per command.
import { StorylineError } from '../../core/errors.js';
import { runExtract } from './commands/extract-command.js';
import { runFeeds } from './commands/feeds-command.js';
import { runIngest } from './commands/ingest-command.js';
import { runQuotes } from './commands/quotes-command.js';
import { runEntity } from './commands/entity-command.js';
import { runStories } from './commands/stories-command.js';
import { runStory } from './commands/story-command.js';
import { runTimeline } from './commands/timeline-command.js';
import { runExport } from './commands/export-command.js';
import { runEnqueue } from './commands/enqueue-command.js';
import { runSchema } from './commands/schema-command.js';
import { runStatus } from './commands/status-command.js';
import { runWorker } from './commands/worker-command.js';
import { runServe } from './commands/serve-command.js';

const HELP = `storyline — turn news articles into verifiable records of who said what

Usage:
  storyline extract [INPUT...|-] [options]   extract articles: a text or HTML file, a JSONL batch,
                                         a directory (.html/.htm/.txt, .gz too), WARC files, URLs
  storyline schema                       print the JSON Schema of the output record
  storyline feeds add URL|FILE.opml      subscribe to a feed (RSS, Atom, JSON Feed) or an OPML list
  storyline feeds list                   subscriptions, last poll, failures and backoff
  storyline feeds poll [--out FILE]      fetch new items, extract them, write JSONL (--state PATH,
                                         default .storyline/feeds.json; --force ignores backoff)
  storyline ingest INPUT... [--db DB]    extract and store articles (JSONL, text/HTML files, dirs,
                                         .gz, WARC, URLs); DB: storyline.db (default) or postgres://
  storyline quotes [--speaker NAME] [--about WORDS] [--since D] [--until D] [--json]
  storyline entity NAME|ID [--json]      an entity across the corpus: aliases, titles over time
  storyline stories | story ID | timeline ID   stories, one story (cross-source flags), its timeline
  storyline export --format jsonl|csv|gkg|jsonld|brat [--out FILE|DIR] [--story ID]   stored articles
  storyline serve [--host H] [--port N]  HTTP API (/openapi.json) and web UI over --db DB; --token T (or
                                         STORYLINE_TOKEN) guards writes, required off 127.0.0.1;
                                         --workers N extraction threads (default 2)
  storyline enqueue INPUT... --redis URL put articles (as ingest reads them) and URLs on the queue;
                                         --feeds adds the items of the feeds subscribed with feeds add
  storyline worker --redis URL --db DB   process queued articles into the store (SIGTERM: finish, stop);
                                         --workers N threads (default: cores), --prefix P fleet name
  storyline status --redis URL           queued, active, done, failed, articles/s; --dead lists failures
  storyline --help | --version

extract options:
  --format pretty|json|jsonl   output format (default: pretty on a terminal, jsonl otherwise)
  --input-format text|jsonl|html  input format (default: by name: *.jsonl, *.html, ...; text otherwise)
  --allow-private              let URLs reach private, loopback and link-local addresses
  --ignore-robots              fetch pages that the site's robots.txt disallows for Storyline
  --timeout SECONDS            per-URL fetch time limit (default 15)
  --no-duplicates              do not mark near-duplicates (duplicateOf) within the batch
  --published YYYY-MM-DD       publication date (reference for relative dates)
  --id ID                      record id for a text input (default: the file name)
  --workers N                  threads for a JSONL batch (default: the number of cores; 1 = no pool)

Examples:
  storyline extract examples/summit.txt --published 2025-03-06
  storyline extract --format jsonl articles.jsonl > records.jsonl
  cat article.txt | storyline extract - --format json
  storyline extract saved-pages/ crawl.warc.gz > records.jsonl
  storyline extract https://example.com/news/story.html --format pretty
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'extract':
        return await runExtract(rest);
      case 'schema':
        return runSchema();
      case 'feeds':
        return await runFeeds(rest);
      case 'ingest':
        return await runIngest(rest);
      case 'quotes':
        return await runQuotes(rest);
      case 'entity':
        return await runEntity(rest);
      case 'stories':
        return await runStories(rest);
      case 'story':
        return await runStory(rest);
      case 'timeline':
        return await runTimeline(rest);
      case 'export':
        return await runExport(rest);
      case 'enqueue':
        return await runEnqueue(rest);
      case 'worker':
        return await runWorker(rest);
      case 'status':
        return await runStatus(rest);
      case 'serve':
        return await runServe(rest);
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
