// One story as an analyst reads it: the header (period, outlets, key people and places with a map),
// the key statements by speaker, the events by day with their actors, the figures with their
// consistency flags, then the articles, numbered: every item above refers to its article by that
// number and outlet, so no title is repeated under each item. Long lists are cut ("show N more").
import type { StoryView, TimelineEntry } from '../../../app/query.js';
import type { StoryFacts } from '../../../app/story-facts.js';
import { useGet } from '../api-client.js';
import { LoadState } from '../components/load-state.js';
import { StoryEvents } from '../components/story-events.js';
import { StoryFigures } from '../components/story-figures.js';
import { StoryHeader } from '../components/story-header.js';
import { StoryStatements } from '../components/story-statements.js';
import { href } from '../router.js';

export function StoryPage({ id }: { id: string }) {
  const base = `/stories/${encodeURIComponent(id)}`;
  const story = useGet<StoryView>(base);
  const timeline = useGet<{ entries: TimelineEntry[] }>(`${base}/timeline`);
  const facts = useGet<StoryFacts>(`${base}/facts`);
  const numbers = new Map((story.data?.articles ?? []).map((a, i) => [a.id, i + 1]));
  return (
    <div class="story-page" data-testid="story-page">
      <LoadState state={story}>{(s) => <StoryHeader story={s} places={facts.data?.places ?? null} />}</LoadState>
      <h3>Key statements</h3>
      <LoadState state={timeline}>{(t) => <StoryStatements entries={t.entries} numbers={numbers} />}</LoadState>
      <h3>Events by day</h3>
      <LoadState state={timeline}>{(t) => <StoryEvents entries={t.entries} numbers={numbers} />}</LoadState>
      <h3>Figures</h3>
      <LoadState state={facts}>{(f) => <StoryFigures flags={story.data?.crossSource ?? []} figures={f.figures} numbers={numbers} />}</LoadState>
      <h3>Articles</h3>
      <LoadState state={story}>
        {(s) => (
          <ol class="result-list story-articles" data-testid="story-articles">
            {s.articles.map((a, i) => (
              <li key={a.id} data-article={a.id}>
                <span class="ref">{`[${i + 1}]`}</span> <a href={href('articles', a.id)}>{a.title ?? a.id}</a>
                <span class="quote-meta">{` · ${a.published ?? 'undated'}${a.publisher ? ` · ${a.publisher}` : ''}`}</span>
              </li>
            ))}
          </ol>
        )}
      </LoadState>
    </div>
  );
}
