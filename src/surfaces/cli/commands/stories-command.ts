// `storyline stories [--limit N]`: the corpus's stories, largest first, with an "N more" line when
// --limit (default 30) cut the table.
import { parseArgs } from 'node:util';
import { storiesPage } from '../../../app/query.js';
import { formatTable, moreLine, writeJson } from '../format-table.js';
import { DB_OPTION, openDb } from './db-option.js';
import { intOption } from './int-option.js';

export async function runStories(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { ...DB_OPTION, limit: { type: 'string' }, json: { type: 'boolean' } } });
  const store = await openDb(values.db);
  try {
    const { rows, more, atLeast } = await storiesPage(store, { limit: intOption('limit', values.limit) ?? 30 });
    if (values.json) writeJson(rows);
    else {
      process.stdout.write(formatTable(['id', 'articles', 'first', 'last', 'publishers', 'title'],
        // The day is enough in a table (the time is in --json).
        rows.map((s) => [s.id, s.articleCount, s.firstPublished?.slice(0, 10) ?? null, s.lastPublished?.slice(0, 10) ?? null, s.publishers.length, s.title])));
      process.stdout.write(moreLine(more, 'story', 'stories', atLeast));
    }
    return 0;
  } finally {
    await store.close();
  }
}
