// `storyline entity NAME|ID`: one corpus entity — type, articles, quotes, aliases, titles over time,
// publishers — and other entities with the same name. `--split ID --articles A,B` moves those
// articles' mentions out of entity ID into a new entity (undoing a wrong merge) and rebuilds both
// entities' matching profiles from their articles.
import { parseArgs } from 'node:util';
import { lookupEntity } from '../../../app/query.js';
import { splitEntity } from '../../../app/split-entity.js';
import { StorylineError } from '../../../core/errors.js';
import { formatTable, writeJson } from '../format-table.js';
import { DB_OPTION, openDb } from './db-option.js';
import { intOption } from './int-option.js';
import { count } from '../plural.js';

export async function runEntity(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { ...DB_OPTION, json: { type: 'boolean' }, split: { type: 'string' }, articles: { type: 'string' } },
  });
  const store = await openDb(values.db);
  try {
    const splitId = intOption('split', values.split);
    if (splitId != null) {
      const articles = (values.articles ?? '').split(',').map((a) => a.trim()).filter(Boolean);
      if (articles.length === 0) throw new StorylineError('E_BAD_OPTION', '--split needs --articles ID,ID,... (the articles to move)');
      const created = await splitEntity(store, splitId, articles);
      if (values.json) writeJson({ from: splitId, created });
      else process.stdout.write(`storyline: moved ${count(articles.length, 'article')} from entity ${splitId} to new entity ${created}\n`);
      return 0;
    }
    const name = positionals.join(' ').trim();
    if (name === '') throw new StorylineError('E_BAD_OPTION', 'give an entity name or id: storyline entity "Hillary Clinton"');
    const found = await lookupEntity(store, name);
    if (values.json) {
      writeJson(found);
      return found.entity ? 0 : 1;
    }
    const e = found.entity;
    if (!e) {
      process.stderr.write(`storyline: no entity named "${name}" [E_NOT_FOUND]\n`);
      return 1;
    }
    const out = [
      `${e.name}  (${e.type}, entity ${e.id})  ${count(e.articleCount, 'article')}, ${count(e.quoteCount, 'quote')}`,
      `publishers: ${e.publishers.join(', ') || '-'}`,
      '',
      formatTable(['alias', 'mentions'], e.aliases.slice(0, 30).map((a) => [a.alias, a.count])),
      e.titles.length ? formatTable(['first', 'last', 'articles', 'title'], e.titles.map((t) => [t.first, t.last, t.count, t.title])) : 'titles: -\n',
    ];
    if (found.others.length) out.push(formatTable(['id', 'type', 'articles', 'also called this'], found.others.map((o) => [o.id, o.type, o.articleCount, o.name])));
    process.stdout.write(out.join('\n'));
    return 0;
  } finally {
    await store.close();
  }
}
