// `storyline timeline STORY_ID`: the story's events and quotes ordered by when they happened, each
// with its source article.
import { timeline } from '../../../app/query.js';
import { formatTable } from '../format-table.js';
import { runOnStory } from './story-command-shell.js';

export function runTimeline(argv: string[]): Promise<number> {
  return runOnStory(argv, 'give a story id: storyline timeline ID (see storyline stories)', timeline, (entries) =>
    formatTable(['date', 'from', 'kind', 'who', 'source', 'what'],
      entries.map((e) => [e.date, e.dateSource, e.kind === 'event' ? e.label : 'quote', e.kind === 'event' ? e.actor : e.speaker,
        e.source.publisher ?? e.source.articleId, e.kind === 'quote' ? e.content : e.snippet])));
}
