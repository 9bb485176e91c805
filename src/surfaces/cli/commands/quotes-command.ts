// `storyline quotes [--speaker NAME] [--about WORDS] [--since D] [--until D] [--story ID]`: quotes in
// the corpus, newest first; a table on a terminal, JSON with --json.
import { parseArgs } from 'node:util';
import { findQuotes } from '../../../app/query.js';
import { formatTable, writeJson } from '../format-table.js';
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
    const quotes = await findQuotes(store, {
      speaker: values.speaker, about: values.about, since: values.since, until: values.until, articleId: values.article,
      storyId: intOption('story', values.story), limit: intOption('limit', values.limit) ?? 50,
    });
    if (values.json) writeJson(quotes);
    else process.stdout.write(formatTable(['date', 'speaker', 'publisher', 'article', 'quote'],
      quotes.map((q) => [q.date, q.speaker, q.article.publisher, q.article.id, q.content])));
    return 0;
  } finally {
    await store.close();
  }
}
