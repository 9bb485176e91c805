// A list of stored quotes (search results, an entity's quotes, a story's quotes): who, what, when,
// where it was published, each linking to the speaker's page and the article.
import type { QuoteRow } from '../../../store/store.js';
import { href } from '../router.js';

export function QuoteList({ quotes, showSpeaker = true }: { quotes: QuoteRow[]; showSpeaker?: boolean }) {
  if (quotes.length === 0) return <p class="empty">No quotes.</p>;
  return (
    <ul class="result-list quote-results" data-testid="quote-results">
      {quotes.map((q) => (
        <li key={q.id} class="quote-result" data-speaker={q.speaker ?? ''}>
          {showSpeaker ? (
            <strong class="speaker">{q.speakerId != null ? <a href={href('entities', q.speakerId)}>{q.speaker}</a> : (q.speaker ?? 'unattributed')}</strong>
          ) : null}
          {showSpeaker ? (q.cue ? ` ${q.cue}: ` : ': ') : null}
          <span class={`said ${q.direct ? 'direct' : 'reported'}`}>{q.content}</span>
          <div class="quote-meta">
            {q.date ?? 'undated'} · <a href={href('articles', q.article.id)}>{q.article.title ?? q.article.id}</a>
            {q.article.publisher ? ` · ${q.article.publisher}` : ''}
            {q.direct ? ' · direct' : ' · reported'}
          </div>
        </li>
      ))}
    </ul>
  );
}
