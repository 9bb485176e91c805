// `storyline timeline STORY_ID`: the story's events and quotes ordered by when they happened, each
// with its source article.
import { parseArgs } from 'node:util';
import { timeline } from '../../../app/query.js';
import { StorylineError } from '../../../core/errors.js';
import { formatTable, writeJson } from '../format-table.js';
import { DB_OPTION, openDb } from './db-option.js';
import { intOption } from './int-option.js';

export async function runTimeline(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { ...DB_OPTION, json: { type: 'boolean' } } });
  const id = intOption('story id', positionals[0]);
  if (id == null) throw new StorylineError('E_BAD_OPTION', 'give a story id: storyline timeline ID (see storyline stories)');
  const store = await openDb(values.db);
  try {
    const entries = await timeline(store, id);
    if (!entries) {
      process.stderr.write(`storyline: no story ${id} [E_NOT_FOUND]\n`);
      return 1;
    }
    if (values.json) writeJson(entries);
    else process.stdout.write(formatTable(['date', 'from', 'kind', 'who', 'source', 'what'],
      entries.map((e) => [e.date, e.dateSource, e.kind === 'event' ? e.label : 'quote', e.kind === 'event' ? e.actor : e.speaker,
        e.source.publisher ?? e.source.articleId, e.kind === 'quote' ? e.content : e.snippet])));
    return 0;
  } finally {
    await store.close();
  }
}
