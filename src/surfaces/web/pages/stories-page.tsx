// Stories: groups of articles about the same events, largest first.
import type { StorySummary } from '../../../store/store.js';
import { useGet } from '../api-client.js';
import { LoadState } from '../components/load-state.js';
import { href } from '../router.js';

export function StoriesPage() {
  const stories = useGet<{ stories: StorySummary[] }>('/stories?limit=100');
  return (
    <div class="stories-page">
      <h2>Stories</h2>
      <LoadState state={stories}>
        {(data) =>
          data.stories.length === 0 ? (
            <p class="empty">No stories yet: save articles to the corpus (Analyse, “save to corpus”, or `storyline ingest`).</p>
          ) : (
            <ul class="result-list" data-testid="stories">
              {data.stories.map((s) => (
                <li key={s.id}>
                  <a href={href('stories', s.id)}>{s.title}</a>
                  <div class="quote-meta">
                    {`${s.articleCount} articles · ${s.firstPublished ?? '?'} to ${s.lastPublished ?? '?'}`}
                    {s.publishers.length ? ` · ${s.publishers.join(', ')}` : ''}
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </LoadState>
    </div>
  );
}
