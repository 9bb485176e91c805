// `storyline export --format jsonl|csv|gkg|jsonld|brat [--out FILE|DIR] [--story ID] [--since D]
// [--until D]`: the stored articles (latest revisions, publication order) in one of the export
// formats (src/app/export). Text formats go to stdout or --out FILE; brat writes a directory (--out).
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { exportRecords } from '../../../app/export/index.js';
import { exportItems } from '../../../app/query.js';
import { StorylineError } from '../../../core/errors.js';
import { DB_OPTION, openDb } from './db-option.js';
import { intOption } from './int-option.js';
import { count } from '../plural.js';

export async function runExport(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...DB_OPTION, format: { type: 'string' }, out: { type: 'string' }, story: { type: 'string' },
      since: { type: 'string' }, until: { type: 'string' }, 'csv-table': { type: 'string' },
    },
  });
  const format = values.format ?? 'jsonl';
  const table = values['csv-table'] ?? 'quotes';
  if (table !== 'quotes' && table !== 'entities') throw new StorylineError('E_BAD_OPTION', `--csv-table must be quotes or entities, not "${table}"`);
  for (const name of ['since', 'until'] as const) {
    const v = values[name];
    if (v != null && !/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new StorylineError('E_BAD_OPTION', `--${name} must be YYYY-MM-DD, not "${v}"`);
  }
  // `storyline export ... | head`: a closed pipe ends the export quietly, like other Unix tools.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
  });
  const store = await openDb(values.db);
  const file = format !== 'brat' && values.out ? createWriteStream(values.out) : null;
  try {
    const items = exportItems(store, { storyId: intOption('story', values.story), since: values.since, until: values.until });
    const { articles } = await exportRecords(format, items, { out: file ?? process.stdout, dir: values.out, csvTable: table });
    if (file) {
      file.end();
      await once(file, 'finish');
    }
    if (values.out) process.stderr.write(`storyline: exported ${count(articles, 'article')} as ${format} to ${values.out}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
