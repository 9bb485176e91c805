// `storyline ingest INPUTS... [--db PATH|URL]`: extract articles and store them in the corpus.
// Inputs are JSONL batches, text or HTML files, directories, .gz, WARC archives and URLs. Prints one
// line per failed item, a live count on a terminal, and a summary; exit code 1 when any item failed.
// --batch N: articles per commit (default DEFAULT_BATCH in app/ingest.ts, each article atomic; 1 = one commit per article).
// --feeds: also poll the feeds subscribed with `storyline feeds add` (--state PATH, --force) and store
// their new items.
import { parseArgs } from 'node:util';
import { ingestInputs } from '../../../app/ingest-inputs.js';
import { parsePublished } from '../../../app/intake.js';
import { ingestEntries, type IngestCounts } from '../../../app/ingest.js';
import { storeWriter, threadWriter } from '../../../app/ingest-writer.js';
import { ingestFeeds } from '../../../app/ingest-feeds.js';
import { defaultLinker } from '../../../app/corpus-linker.js';
import { DEFAULT_STATE } from './feeds-command.js';
import { StorylineError } from '../../../core/errors.js';
import { DB_OPTION, dbSpec, openDb } from './db-option.js';
import { intOption } from './int-option.js';
import { choosePipeline, PIPELINE_OPTION } from './pipeline-option.js';
import { count } from '../plural.js';

export async function runIngest(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...DB_OPTION, published: { type: 'string' }, batch: { type: 'string' }, quiet: { type: 'boolean', short: 'q' },
      feeds: { type: 'boolean' }, state: { type: 'string' }, force: { type: 'boolean' }, 'allow-private': { type: 'boolean' }, 'ignore-robots': { type: 'boolean' },
      ...PIPELINE_OPTION,
    },
  });
  choosePipeline(values.pipeline);
  const published = parsePublished(values.published);
  if (positionals.length === 0 && !values.feeds) throw new StorylineError('E_BAD_OPTION', 'give files, directories, JSONL batches or URLs to ingest (or --feeds)');
  const store = await openDb(values.db);
  // Writes go to a writer thread (its own connection) so extraction and writing overlap.
  const writer = threadWriter(dbSpec(values.db)) ?? storeWriter(store, defaultLinker());
  const tty = process.stderr.isTTY === true && !values.quiet;
  const started = Date.now();
  let last = 0;
  const line = (c: IngestCounts) =>
    `${c.inserted} new, ${c.revised} revised, ${c.unchanged} unchanged, ${c.failed} failed`;
  try {
    const hooks = {
      onError: (location: string, code: string, message: string) => {
        if (tty) process.stderr.write('\r\x1b[K');
        const where = message.startsWith(location) ? '' : `${location}: `;
        process.stderr.write(`storyline: ${where}${message} [${code}]\n`);
      },
      onProgress: (c: IngestCounts) => {
        const now = Date.now();
        if (!tty || now - last < 200) return;
        last = now;
        const done = c.inserted + c.revised + c.unchanged + c.failed;
        process.stderr.write(`\r\x1b[K${count(done, 'article')} (${line(c)}), ${(done / Math.max(0.001, (now - started) / 1000)).toFixed(1)}/s`);
      },
    };
    const batchSize = intOption('batch', values.batch);
    const counts = await ingestEntries(store, ingestInputs(positionals, { published, allowPrivate: values['allow-private'] === true, ignoreRobots: values['ignore-robots'] === true }), { batchSize, writer, ...hooks });
    if (values.feeds) {
      const poll = { statePath: values.state ?? DEFAULT_STATE, force: values.force, allowPrivate: values['allow-private'], ignoreRobots: values['ignore-robots'] };
      const fed = await ingestFeeds({ poll, writer, batchSize, ...hooks });
      for (const k of ['inserted', 'revised', 'unchanged', 'failed'] as const) counts[k] += fed[k];
    }
    if (tty) process.stderr.write('\r\x1b[K');
    if (!values.quiet) process.stderr.write(`storyline: ${line(counts)} -> ${dbSpec(values.db).replace(/\/\/[^@/]*@/, '//')}\n`);
    return counts.failed > 0 ? 1 : 0;
  } finally {
    await writer.close();
    await store.close();
  }
}
