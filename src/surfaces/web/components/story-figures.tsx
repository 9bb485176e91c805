// A story's figures: those its sources report differently (cross-source flags), then each figure
// with the consistency checks its article ran on it (a total against its parts), failed checks first.
import type { CrossSourceFlag } from '../../../app/query.js';
import type { StoryFigure } from '../../../app/story-facts.js';
import { href } from '../router.js';
import { ShowMore } from './show-more.js';

export function StoryFigures({ flags, figures, numbers }: { flags: CrossSourceFlag[]; figures: StoryFigure[]; numbers: Map<string, number> }) {
  return (
    <div data-testid="figures">
      {flags.length ? (
        <ul class="result-list" data-testid="cross-source">
          {flags.map((flag, i) => (
            <li key={i}>
              <span class="flag flag-inconsistent">{flag.kind === 'update' ? '↗ rising figure' : '⚠ sources disagree'}</span>
              <strong>{flag.what}</strong>
              {flag.reports.map((r, j) => (
                <div key={j} class="quote-meta">
                  {`${r.text} — [${numbers.get(r.articleId) ?? '?'}] ${r.publisher ?? r.articleId}, ${r.published ?? 'undated'}: `}
                  <span class="context">{r.context}</span>
                </div>
              ))}
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">No figure is reported differently by the story's sources.</p>
      )}
      {figures.length ? (
        <ShowMore items={figures} limit={8} noun="figures">
          {(shown) => (
            <ul class="result-list figures">
              {shown.map((f) => (
                <li key={`${f.articleId}/${f.amountId}`} class="figure">
                  <strong>{f.text}</strong>
                  {f.object ? ` (${f.object})` : ''}{' '}
                  {f.checks.map((c, i) => (
                    <span key={i} class={`flag flag-${c.status}`} title={c.note}>
                      {c.status === 'consistent' ? `✓ ${c.check}` : `⚠ ${c.check}`}
                    </span>
                  ))}
                  <div class="snippet">{f.context}</div>
                  <div class="quote-meta">
                    <a class="ref" href={href('articles', f.articleId)}>{`[${numbers.get(f.articleId) ?? '?'}]${f.publisher ? ` ${f.publisher}` : ''}`}</a>
                    {f.checks.length ? ` · ${f.checks.map((c) => c.note).join('; ')}` : ''}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </ShowMore>
      ) : null}
    </div>
  );
}
