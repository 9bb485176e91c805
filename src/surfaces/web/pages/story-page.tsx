// One story: its timeline (events and quotes ordered by when they happened, each with its source
// article), the figures its sources disagree on, its articles by publication date, and the entities
// it involves, which link to their pages.
import type { StoryView, TimelineEntry } from '../../../app/query.js';
import { useGet } from '../api-client.js';
import { LoadState } from '../components/load-state.js';
import { href } from '../router.js';

function byDay(entries: TimelineEntry[]): [string, TimelineEntry[]][] {
  const days = new Map<string, TimelineEntry[]>();
  for (const e of entries) {
    const day = e.date?.slice(0, 10) ?? 'undated';
    days.set(day, [...(days.get(day) ?? []), e]);
  }
  return [...days];
}

const DATE_FROM = { stated: 'dated in the text', event: 'dated by its event', published: 'dated by publication', unknown: 'undated' } as const;

function Timeline({ entries }: { entries: TimelineEntry[] }) {
  if (entries.length === 0) return <p class="empty">Nothing dated in this story yet.</p>;
  return (
    <div class="timeline" data-testid="timeline">
      {byDay(entries).map(([day, items]) => (
        <section class="timeline-entry" key={day}>
          <div class="timeline-date">{day}</div>
          <ul class="result-list">
            {items.map((e) => (
              <li key={`${e.source.articleId}/${e.itemId}`} class={`timeline-item ${e.kind}`} data-article={e.source.articleId}>
                <span class="kind">{e.kind === 'event' ? (e.label ?? 'event') : 'said'}</span>
                {e.speaker ? (
                  <>
                    {' '}
                    <strong>{e.speakerProfile ? <a href={href('entities', e.speakerProfile)}>{e.speaker}</a> : e.speaker}</strong>
                    {': '}
                  </>
                ) : (
                  ' '
                )}
                <span class={e.kind === 'quote' ? `said ${e.direct ? 'direct' : 'reported'}` : 'event-text'}>{e.kind === 'quote' ? (e.content ?? e.snippet) : e.snippet}</span>
                <div class="quote-meta">
                  <a href={href('articles', e.source.articleId)}>{e.source.title ?? e.source.articleId}</a>
                  {e.source.publisher ? ` · ${e.source.publisher}` : ''}
                  {` · ${DATE_FROM[e.dateSource]}`}
                  {e.dateText ? ` (“${e.dateText}”)` : ''}
                  {e.alsoIn.length ? ` · also in ${e.alsoIn.map((a) => a.publisher ?? a.articleId).join(', ')}` : ''}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

export function StoryPage({ id }: { id: string }) {
  const story = useGet<StoryView>(`/stories/${encodeURIComponent(id)}`);
  const timeline = useGet<{ entries: TimelineEntry[] }>(`/stories/${encodeURIComponent(id)}/timeline`);
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
            <p class="downloads">
              Export:{' '}
              {(['jsonl', 'csv', 'gkg', 'jsonld'] as const).map((format) => (
                <a key={format} class="chip" href={`/export?format=${format}&story=${s.id}`} download>
                  {format}
                </a>
              ))}
            </p>
            <p class="story-entities">
              {s.entities.map((e) => (
                <a key={e.id} class="chip" href={href('entities', e.id)} title={`${e.type}, in ${e.articles} articles`}>
                  {e.name}
                </a>
              ))}
            </p>
          </>
        )}
      </LoadState>
      <h3>Timeline</h3>
      <LoadState state={timeline}>{(data) => <Timeline entries={data.entries} />}</LoadState>
      {story.data && story.data.crossSource.length > 0 ? (
        <>
          <h3>Figures that differ between sources</h3>
          <ul class="result-list" data-testid="cross-source">
            {story.data.crossSource.map((flag, i) => (
              <li key={i}>
                <strong>{`${flag.what} (${flag.kind === 'update' ? 'rising figure' : 'sources disagree'})`}</strong>
                {flag.reports.map((r, j) => (
                  <div key={j} class="quote-meta">
                    {`${r.text} — ${r.publisher ?? r.articleId}, ${r.published ?? 'undated'}: `}
                    <span class="context">{r.context}</span>
                  </div>
                ))}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {story.data ? (
        <>
          <h3>Articles</h3>
          <ul class="result-list" data-testid="story-articles">
            {story.data.articles.map((a) => (
              <li key={a.id} data-article={a.id}>
                <a href={href('articles', a.id)}>{a.title ?? a.id}</a>
                <span class="quote-meta">{` · ${a.published ?? 'undated'}${a.publisher ? ` · ${a.publisher}` : ''}`}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
