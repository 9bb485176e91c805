// One corpus entity: its aliases, titles over time, publishers, and its quotes over time (oldest
// first, grouped by day).
import type { EntityDetail, QuoteRow } from '../../../store/store.js';
import { useGet } from '../api-client.js';
import { LoadState } from '../components/load-state.js';
import { QuoteList } from '../components/quote-list.js';

function byDay(quotes: QuoteRow[]): [string, QuoteRow[]][] {
  const days = new Map<string, QuoteRow[]>();
  for (const q of [...quotes].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))) {
    const day = q.date?.slice(0, 10) ?? 'undated';
    days.set(day, [...(days.get(day) ?? []), q]);
  }
  return [...days];
}

export function EntityPage({ id }: { id: string }) {
  const entity = useGet<EntityDetail>(`/entities/${encodeURIComponent(id)}`);
  const quotes = useGet<{ quotes: QuoteRow[] }>(`/quotes?speakerId=${encodeURIComponent(id)}&limit=500`);
  return (
    <div class="entity-page" data-testid="entity-page">
      <LoadState state={entity}>
        {(e) => (
          <>
            <h2>{e.name}</h2>
            <p class="byline">{`${e.type} · ${e.articleCount} articles · ${e.quoteCount} quotes`}</p>
            <h3>Aliases</h3>
            <ul class="aliases">
              {e.aliases.map((a) => (
                <li key={a.alias}>{`${a.alias} (${a.count})`}</li>
              ))}
            </ul>
            <h3>Titles</h3>
            {e.titles.length === 0 ? <p class="empty">None recorded.</p> : null}
            <ul class="titles">
              {e.titles.map((t) => (
                <li key={t.title}>{`${t.title} — ${t.first ?? '?'}${t.last && t.last !== t.first ? ` to ${t.last}` : ''} (${t.count})`}</li>
              ))}
            </ul>
            {e.publishers.length ? <p class="byline">{`Reported by ${e.publishers.join(', ')}`}</p> : null}
          </>
        )}
      </LoadState>
      <h3>Quotes over time</h3>
      <LoadState state={quotes}>
        {(data) =>
          data.quotes.length === 0 ? (
            <p class="empty">No quotes.</p>
          ) : (
            <div class="timeline">
              {byDay(data.quotes).map(([day, rows]) => (
                <section class="timeline-entry" key={day}>
                  <div class="timeline-date">{day}</div>
                  <QuoteList quotes={rows} showSpeaker={false} />
                </section>
              ))}
            </div>
          )
        }
      </LoadState>
    </div>
  );
}
