// `storyline stories [--limit N]`: the corpus's stories, largest first.
import { parseArgs } from 'node:util';
import { formatTable, writeJson } from '../format-table.js';
import { DB_OPTION, openDb } from './db-option.js';
import { intOption } from './int-option.js';

export async function runStories(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { ...DB_OPTION, limit: { type: 'string' }, json: { type: 'boolean' } } });
  const store = await openDb(values.db);
  try {
    const stories = await store.stories({ limit: intOption('limit', values.limit) ?? 30 });
    if (values.json) writeJson(stories);
    else process.stdout.write(formatTable(['id', 'articles', 'first', 'last', 'publishers', 'title'],
      stories.map((s) => [s.id, s.articleCount, s.firstPublished, s.lastPublished, s.publishers.length, s.title])));
    return 0;
  } finally {
    await store.close();
  }
}
