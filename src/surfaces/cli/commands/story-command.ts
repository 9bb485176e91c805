// `storyline story ID`: one story — its articles, main entities and amounts that sources report
// differently (cross-source flags, each with both sources).
import { parseArgs } from 'node:util';
import { describeStory } from '../../../app/query.js';
import { StorylineError } from '../../../core/errors.js';
import { formatTable, writeJson } from '../format-table.js';
import { DB_OPTION, openDb } from './db-option.js';
import { intOption } from './int-option.js';

export async function runStory(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { ...DB_OPTION, json: { type: 'boolean' } } });
  const id = intOption('story id', positionals[0]);
  if (id == null) throw new StorylineError('E_BAD_OPTION', 'give a story id (see storyline stories)');
  const store = await openDb(values.db);
  try {
    const story = await describeStory(store, id);
    if (!story) {
      process.stderr.write(`storyline: no story ${id} [E_NOT_FOUND]\n`);
      return 1;
    }
    if (values.json) {
      writeJson(story);
      return 0;
    }
    const out = [
      `story ${story.id}: ${story.title}`,
      `${story.articleCount} articles, ${story.firstPublished ?? '?'} to ${story.lastPublished ?? '?'}; ${story.publishers.join(', ')}`,
      '',
      formatTable(['published', 'publisher', 'id', 'title'], story.articles.map((a) => [a.published, a.publisher, a.id, a.title])),
      formatTable(['entity', 'type', 'articles', 'name'], story.entities.slice(0, 15).map((e) => [e.id, e.type, e.articles, e.name])),
    ];
    if (story.crossSource.length) {
      out.push('reported differently:');
      for (const f of story.crossSource) {
        out.push(`  ${f.what} (${f.kind}): ${f.reports.map((r) => `${r.text} [${r.publisher ?? r.articleId}, ${r.published ?? '?'}]`).join(' vs ')}`);
      }
    }
    process.stdout.write(`${out.join('\n')}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
