// A story's key statements: who said what, grouped by speaker (the most quoted named speakers first),
// each statement with its cue ("denied", "said") and the articles that carry it.
import type { TimelineEntry } from '../../../app/query.js';
import { href } from '../router.js';
import { ShowMore } from './show-more.js';
import { SourceRefs } from './source-ref.js';
import { statementsBySpeaker } from './story-digest.js';

function Statement({ quote, numbers }: { quote: TimelineEntry; numbers: Map<string, number> }) {
  return (
    <li class="statement" data-article={quote.source.articleId}>
      {quote.cue ? <span class="cue">{quote.cue}</span> : null}
      {quote.cue ? (quote.direct ? ': ' : ' ') : null}
      <span class={`said ${quote.direct ? 'direct' : 'reported'}`}>{quote.content ?? quote.snippet}</span>
      <div class="quote-meta">
        {`${quote.date ?? 'undated'} · `}
        <SourceRefs sources={[quote.source, ...quote.alsoIn]} numbers={numbers} />
      </div>
    </li>
  );
}

export function StoryStatements({ entries, numbers }: { entries: TimelineEntry[]; numbers: Map<string, number> }) {
  const groups = statementsBySpeaker(entries);
  if (groups.length === 0) return <p class="empty">No statements in this story.</p>;
  return (
    <div class="statements" data-testid="statements">
      <ShowMore items={groups} limit={6} noun="speakers">
        {(shown) =>
          shown.map((g) => (
            <section class="speaker-group" key={g.key} data-speaker={g.speaker}>
              <h4>
                {g.profile ? <a href={href('entities', g.profile)}>{g.speaker}</a> : g.speaker}
                <small>{` · ${g.quotes.length} ${g.quotes.length === 1 ? 'statement' : 'statements'}`}</small>
              </h4>
              <ShowMore items={g.quotes} limit={3} noun="statements">
                {(quotes) => (
                  <ul class="result-list">
                    {quotes.map((q) => (
                      <Statement key={`${q.source.articleId}/${q.itemId}`} quote={q} numbers={numbers} />
                    ))}
                  </ul>
                )}
              </ShowMore>
            </section>
          ))
        }
      </ShowMore>
    </div>
  );
}
