// `storyline quotes [--speaker NAME] [--about WORDS] [--since D] [--until D] [--story ID] [--limit N]`:
// quotes in the corpus, newest first; a table with an "N more" line when --limit cut it, JSON with --json.
import { parseArgs } from 'node:util';
import { findQuotesPage } from '../../../app/query.js';
import { formatTable, moreLine, writeJson } from '../format-table.js';
import { DB_OPTION, openDb } from './db-option.js';
import { intOption } from './int-option.js';

export async function runQuotes(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...DB_OPTION,
      speaker: { type: 'string' }, about: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' },
      story: { type: 'string' }, article: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' },
    },
  });
  const store = await openDb(values.db);
  try {
    const { rows, more, atLeast } = await findQuotesPage(store, {
      speaker: values.speaker, about: values.about, since: values.since, until: values.until, articleId: values.article,
      storyId: intOption('story', values.story), limit: intOption('limit', values.limit) ?? 50,
    });
    if (values.json) writeJson(rows);
    else {
      // The day is enough in a table (the time is in --json); the quote keeps the room.
      process.stdout.write(formatTable(['date', 'speaker', 'publisher', 'article', 'quote'],
        rows.map((q) => [q.date?.slice(0, 10) ?? null, q.speaker, q.article.publisher, q.article.id, q.content])));
      process.stdout.write(moreLine(more, 'quote', 'quotes', atLeast));
    }
    return 0;
  } finally {
    await store.close();
  }
}
