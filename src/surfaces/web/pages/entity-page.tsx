// One corpus entity: its aliases, titles over time, publishers, and its quotes over time (oldest
// first, grouped by day, then by article, so an article's title shows once). Each quote keeps its cue:
// "denied" before "that she mishandled classified information" is what keeps it from reading as an
// admission.
import type { EntityDetail, QuoteRow } from '../../../store/store.js';
import { useGet } from '../api-client.js';
import { LoadState } from '../components/load-state.js';
import { ShowMore } from '../components/show-more.js';
import { href } from '../router.js';

type Group = { day: string; article: QuoteRow['article']; quotes: QuoteRow[] };

function byDayAndArticle(quotes: QuoteRow[]): Group[] {
  const groups = new Map<string, Group>();
  for (const q of [...quotes].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))) {
    const day = q.date?.slice(0, 10) ?? 'undated';
    const key = `${day}\u0000${q.article.id}`;
    if (!groups.has(key)) groups.set(key, { day, article: q.article, quotes: [] });
    groups.get(key)!.quotes.push(q);
  }
  return [...groups.values()];
}

function CuedQuote({ quote }: { quote: QuoteRow }) {
  return (
    <li class="quote-result" data-quote={quote.id}>
      {quote.cue ? <span class="cue">{quote.cue}</span> : <span class="cue none">no cue</span>}
      {quote.direct ? ': ' : ' '}
      <span class={`said ${quote.direct ? 'direct' : 'reported'}`}>{quote.content}</span>
    </li>
  );
}

function QuotesOverTime({ quotes }: { quotes: QuoteRow[] }) {
  if (quotes.length === 0) return <p class="empty">No quotes.</p>;
  return (
    <ShowMore items={byDayAndArticle(quotes)} limit={12} noun="articles">
      {(groups) => (
        <div class="timeline" data-testid="entity-quotes">
          {groups.map((g, i) => (
            <section class="timeline-entry" key={`${g.day}/${g.article.id}`}>
              {i === 0 || groups[i - 1].day !== g.day ? <div class="timeline-date">{g.day}</div> : null}
              <div class="quote-meta">
                <a href={href('articles', g.article.id)}>{g.article.title ?? g.article.id}</a>
                {g.article.publisher ? ` · ${g.article.publisher}` : ''}
              </div>
              <ul class="result-list quote-results">
                {g.quotes.map((q) => (
                  <CuedQuote key={q.id} quote={q} />
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </ShowMore>
  );
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
      <LoadState state={quotes}>{(data) => <QuotesOverTime quotes={data.quotes} />}</LoadState>
    </div>
  );
}
