// What `storyline story ID` and `storyline timeline ID` share: `ID [--db DB] [--json]`, the store
// opened and closed, the story's data loaded (null: no such story, exit 1), then shown as JSON or text.
import { parseArgs } from 'node:util';
import { StorylineError } from '../../../core/errors.js';
import type { Store } from '../../../store/store.js';
import { writeJson } from '../format-table.js';
import { DB_OPTION, openDb } from './db-option.js';
import { intOption } from './int-option.js';

export async function runOnStory<T>(argv: string[], usage: string, load: (store: Store, id: number) => Promise<T | null>, text: (value: T) => string): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { ...DB_OPTION, json: { type: 'boolean' } } });
  const id = intOption('story id', positionals[0]);
  if (id == null) throw new StorylineError('E_BAD_OPTION', usage);
  const store = await openDb(values.db);
  try {
    const value = await load(store, id);
    if (value == null) {
      process.stderr.write(`storyline: no story ${id} [E_NOT_FOUND]\n`);
      return 1;
    }
    if (values.json) writeJson(value);
    else process.stdout.write(text(value));
    return 0;
  } finally {
    await store.close();
  }
}
