// Help texts: the overview (`storyline --help`) and one per command (`storyline CMD --help`), each
// listing every option that command's parseArgs accepts (test/surfaces/cli-help.test.ts holds them to it).

const PIPELINE = '  --pipeline default|rule-ner  pipeline preset: rule-ner finds names by rules alone, without the trained tagger';
const DB = '  --db PATH|URL                SQLite file (default storyline.db, or $STORYLINE_DB) or postgres://…';
const QUEUE = [
  '  --redis URL                  the queue\'s Redis, redis://HOST:PORT (or $STORYLINE_REDIS)',
  '  --prefix NAME                fleet name: the queue key prefix (default storyline)',
].join('\n');
const FETCH = [
  '  --allow-private              let URLs reach private, loopback and link-local addresses',
  '  --ignore-robots              fetch pages that the site\'s robots.txt disallows for Storyline',
].join('\n');

export const OVERVIEW = `storyline — turn news articles into verifiable records of who said what

Usage:
  storyline extract [INPUT...|-] [options]   extract articles: a text or HTML file, a JSONL batch,
                                         a directory (.html/.htm/.txt, .gz too), WARC files, URLs
  storyline schema                       print the JSON Schema of the output record
  storyline parse [FILE|-] [--input-format text|conllu]   tags, lemmas and dependencies as CoNLL-U
  storyline feeds add|list|poll          follow RSS, Atom and JSON feeds and OPML lists
  storyline ingest INPUT... [--db DB]    extract and store articles; DB: storyline.db or postgres://
  storyline quotes [--speaker NAME] [--about WORDS] [--since D] [--until D] [--limit N] [--json]
  storyline entity NAME|ID [--json]      an entity across the corpus: aliases, titles over time
  storyline stories [--limit N]          stories, largest first
  storyline story ID | timeline ID       one story (cross-source flags), its timeline
  storyline export --format jsonl|csv|gkg|jsonld|brat [--out FILE|DIR] [--story ID]   stored articles
  storyline serve [--host H] [--port N]  HTTP API (/openapi.json) and web UI over --db DB
  storyline enqueue INPUT... --redis URL put articles and URLs on the queue for workers
  storyline worker --redis URL --db DB   process queued articles into the store
  storyline status --redis URL           queued, active, done, failed, articles/s
  storyline --help | --version

  storyline COMMAND --help lists a command's options.

Examples:
  storyline extract examples/summit.txt --published 2025-03-06
  storyline extract examples/articles.jsonl > records.jsonl
  cat examples/summit.txt | storyline extract - --format json
  storyline extract examples/page.html --format pretty
  storyline ingest examples/articles.jsonl --db corpus.db && storyline quotes --db corpus.db
`;

export const COMMAND_HELP: Record<string, string> = {
  extract: `storyline extract [INPUT...|-] [options]

Extracts articles into records. INPUT: a text file, an HTML page, a JSONL batch (one {"text", "id",
"published", "title", "url"} object a line), a directory of .html/.htm/.txt (and .gz), a WARC file, an
http(s) URL, or - for stdin (the default).

Options:
  --format pretty|json|jsonl   output format (default: pretty on a terminal, jsonl otherwise)
  --input-format text|jsonl|html  input format (default: by name: *.jsonl, *.html, ...; text otherwise)
  --published YYYY-MM-DD       publication date, the reference for relative dates ("on Thursday")
  --id ID                      record id for a text input (default: the file name; stdin for -)
  --workers N                  threads for a JSONL batch (default: the number of cores; 1 = no pool)
  --article-timeout S          with threads: seconds one article may take (default 10; E_ARTICLE_TIMEOUT)
  --timeout SECONDS            per-URL fetch time limit (default 15)
  --no-duplicates              do not mark near-duplicates (duplicateOf) within the batch
${PIPELINE}
${FETCH}
`,
  parse: `storyline parse [FILE|-] [options]

Tags, lemmatises and parses a text (Storyline's own sentences and tokens; each token's character range
in MISC as TokenRange=START:END) or a CoNLL-U file (its sentences and words kept as given, multiword
tokens and empty nodes passed through), and writes CoNLL-U with UPOS, XPOS, LEMMA, HEAD and DEPREL.

Options:
  --input-format text|conllu   input format (default: conllu for *.conllu, text otherwise)

Example:
  storyline parse examples/summit.txt > summit.conllu
`,
  schema: `storyline schema

Prints the JSON Schema of the output record (generated from src/core/records/). No options.
`,
  feeds: `storyline feeds add URL|FILE.opml ... | list | poll [options]

  add     subscribe to feeds (RSS, Atom, JSON Feed) or every feed of an OPML list
  list    subscriptions, last poll, failures and backoff
  poll    fetch new items, extract them, write records as JSONL (stdout, or appended to --out)

Options:
  --state PATH                 the subscriptions file (default .storyline/feeds.json)
  --out FILE                   poll: append records to FILE, whole lines only
  --force                      poll: poll feeds that are backing off too
  --max-items N                poll: newest items taken from one feed per poll (default 50)
  --feed-content               poll: use the feed's own content for items that carry it
  --timeout SECONDS            poll: per-request fetch time limit (default 15)
  --format json                list: print JSON instead of a table
${FETCH}
`,
  ingest: `storyline ingest INPUT... [options]

Extracts articles and stores them in the corpus: JSONL batches, text or HTML files, directories, .gz,
WARC archives and URLs. An unchanged article is skipped, a changed one becomes a new revision.
Exit code 1 when any item failed.

Options:
${DB}
  --published YYYY-MM-DD       publication date for inputs that carry none
  --batch N                    articles per commit (default 32; each article is written whole)
  --feeds                      also store the new items of the feeds subscribed with feeds add
  --state PATH                 with --feeds: the subscriptions file (default .storyline/feeds.json)
  --force                      with --feeds: poll feeds that are backing off too
  -q, --quiet                  no progress and no summary on stderr
${PIPELINE}
${FETCH}
`,
  quotes: `storyline quotes [options]

Quotes in the corpus, newest first: a table on a terminal, JSON with --json.

Options:
${DB}
  --speaker NAME               quotes by this entity (a name or alias)
  --about WORDS                quotes whose words match
  --since YYYY-MM-DD           published on or after
  --until YYYY-MM-DD           published on or before
  --story ID                   quotes of one story
  --article ID                 quotes of one article
  --limit N                    at most N quotes (default 50)
  --json                       print JSON
`,
  entity: `storyline entity NAME|ID [options]

One corpus entity: type, articles, quotes, aliases, titles over time, publishers, and other
entities with the same name.

Options:
${DB}
  --json                       print JSON
  --split ID --articles A,B    move articles A and B out of entity ID into a new entity (undo a wrong merge)
`,
  stories: `storyline stories [options]

The corpus's stories, largest first.

Options:
${DB}
  --limit N                    at most N stories (default 30)
  --json                       print JSON
`,
  story: `storyline story ID [options]

One story: its articles, main entities, and amounts that sources report differently.

Options:
${DB}
  --json                       print JSON
`,
  timeline: `storyline timeline STORY_ID [options]

A story's events and quotes ordered by when they happened, each with its source article.

Options:
${DB}
  --json                       print JSON
`,
  export: `storyline export [options]

The stored articles (latest revisions, publication order) in one export format. Text formats go to
stdout or --out FILE; brat writes a directory.

Options:
${DB}
  --format jsonl|csv|gkg|jsonld|brat   export format (default jsonl)
  --out FILE|DIR               write here instead of stdout (a directory for brat)
  --csv-table quotes|entities  which table --format csv writes (default quotes)
  --story ID                   only the articles of one story
  --since YYYY-MM-DD           published on or after
  --until YYYY-MM-DD           published on or before
`,
  serve: `storyline serve [options]

The HTTP API (/openapi.json) and the web UI over a corpus.

Options:
${DB}
  --host HOST                  address to bind (default 127.0.0.1; any other needs a token)
  --port N                     port (default 4321)
  --token TOKEN                required by write endpoints (or $STORYLINE_TOKEN)
  --workers N                  extraction threads (default 2)
  --body-limit MIB             largest request body (MiB)
  --log-level LEVEL            fatal, error, warn, info (default), debug, trace or silent
  --allow-private              let URL extraction reach private, loopback and link-local addresses
  --allow-host NAME            also answer requests for this host name (repeatable; DNS rebinding guard)
  --article-timeout S          seconds one article may take on a thread (default 10; E_ARTICLE_TIMEOUT)
${PIPELINE}
`,
  enqueue: `storyline enqueue INPUT... [options]

Puts articles (read as ingest reads them) and URLs on the queue for storyline worker processes.
Bad lines are named on stderr and skipped (exit 1).

Options:
${QUEUE}
  --published YYYY-MM-DD       publication date for inputs that carry none
  --feeds                      also queue the new items of the feeds subscribed with feeds add
  --state PATH                 with --feeds: the subscriptions file (default .storyline/feeds.json)
  --allow-private              with --feeds: let feed fetches reach private, loopback and link-local addresses
`,
  worker: `storyline worker [options]

Processes queued articles into the store until stopped. SIGTERM or SIGINT: the jobs in hand finish
and are stored; a second signal exits at once.

Options:
${QUEUE}
${DB}
  --workers N                  extraction threads (default: the number of cores)
  --article-timeout S          seconds one article may take on a thread (default 10; E_ARTICLE_TIMEOUT)
  --lock-ms MS                 job lock time; a crashed worker's jobs return after it (default 30000)
  --verbose                    one line per job
${PIPELINE}
${FETCH}
`,
  status: `storyline status [options]

The queue at a glance: queued, active, done, failed, articles/s.

Options:
${QUEUE}
  --dead                       list the dead-letter queue with reasons
  --json                       print JSON for scripts
`,
};

/** True when the arguments ask for help: -h or --help before any `--`. */
export function wantsHelp(args: string[]): boolean {
  for (const a of args) {
    if (a === '--') return false;
    if (a === '--help' || a === '-h') return true;
  }
  return false;
}
