// One story as a timeline: its articles in publication order, grouped by day, each with what was
// said in it; the entities the story involves link to their pages.
import type { QuoteRow, StoryDetail } from '../../../store/store.js';
import { useGet } from '../api-client.js';
import { LoadState } from '../components/load-state.js';
import { QuoteList } from '../components/quote-list.js';
import { href } from '../router.js';

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

export function StoryPage({ id }: { id: string }) {
  const story = useGet<StoryDetail>(`/stories/${encodeURIComponent(id)}`);
  const quotes = useGet<{ quotes: QuoteRow[] }>(`/quotes?story=${encodeURIComponent(id)}&limit=500`);
  const quotesByArticle = groupBy(quotes.data?.quotes ?? [], (q) => q.article.id);
  return (
    <div class="story-page" data-testid="story-page">
      <LoadState state={story}>
        {(s) => (
          <>
            <h2>{s.title}</h2>
            <p class="byline">
              {`${s.articleCount} articles · ${s.firstPublished ?? '?'} to ${s.lastPublished ?? '?'}`}
              {s.publishers.length ? ` · ${s.publishers.join(', ')}` : ''}
            </p>
            <p class="story-entities">
              {s.entities.map((e) => (
                <a key={e.id} class="chip" href={href('entities', e.id)} title={`${e.type}, in ${e.articles} articles`}>
                  {e.name}
                </a>
              ))}
            </p>
            <h3>Timeline</h3>
            <div class="timeline" data-testid="timeline">
              {[...groupBy(s.articles, (a) => a.published?.slice(0, 10) ?? 'undated')].map(([day, articles]) => (
                <section class="timeline-entry" key={day}>
                  <div class="timeline-date">{day}</div>
                  {articles.map((a) => (
                    <div class="timeline-article" key={a.id} data-article={a.id}>
                      <a href={href('articles', a.id)}>{a.title ?? a.id}</a>
                      {a.publisher ? <span class="quote-meta">{` · ${a.publisher}`}</span> : null}
                      <QuoteList quotes={quotesByArticle.get(a.id) ?? []} />
                    </div>
                  ))}
                </section>
              ))}
            </div>
          </>
        )}
      </LoadState>
    </div>
  );
}
