// `storyline story ID`: one story — its articles, main entities and amounts that sources report
// differently (cross-source flags, each with both sources).
import { describeStory } from '../../../app/query.js';
import { formatTable } from '../format-table.js';
import { runOnStory } from './story-command-shell.js';
import { count } from '../plural.js';

export function runStory(argv: string[]): Promise<number> {
  return runOnStory(argv, 'give a story id (see storyline stories)', describeStory, (story) => {
    const out = [
      `story ${story.id}: ${story.title}`,
      `${count(story.articleCount, 'article')}, ${story.firstPublished ?? '?'} to ${story.lastPublished ?? '?'}; ${story.publishers.join(', ')}`,
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
    return `${out.join('\n')}\n`;
  });
}
