// "Who said what": quotes grouped by speaker (canonical entity, else the source's words), each with
// its cue, channel and whether it is verbatim, in the speaker's highlight colour.
import type { Quote } from '../../../core/records/quote.js';
import { href } from '../router.js';
import type { RecordLookup } from './record-lookup.js';
import { colourClass, speakerKey } from './speaker-colours.js';

interface Props {
  lookup: RecordLookup;
  colours: Map<string, string>;
  entityLinks?: Record<string, number>;
}

export function WhoSaidWhat({ lookup, colours, entityLinks }: Props) {
  const groups = new Map<string, Quote[]>();
  for (const q of lookup.record.quotes) {
    const name = lookup.speakerName(q);
    groups.set(name, [...(groups.get(name) ?? []), q]);
  }
  if (groups.size === 0) return <p class="empty">No quotes found.</p>;
  return (
    <div class="who-said-what" data-testid="who-said-what">
      {[...groups].map(([name, quotes]) => {
        const first = quotes[0];
        const speaker = first.speaker ? lookup.entities.get(first.speaker) : undefined;
        const corpusId = first.speaker ? entityLinks?.[first.speaker] : undefined;
        return (
          <section class="speaker-group" data-speaker={name} key={name}>
            <h4>
              <span class={`swatch ${colourClass(colours, speakerKey(lookup.record, first.speaker, first.source))}`} />
              {corpusId != null ? <a href={href('entities', corpusId)}>{name}</a> : name}
              {speaker?.titles.length ? <small> — {speaker.titles.join(', ')}</small> : null}
            </h4>
            <ul>
              {quotes.map((q) => (
                <li key={q.id} class="quote-item" data-quote={q.id}>
                  <span class={`said ${q.direct ? 'direct' : 'reported'}`}>{lookup.quoteText(q)}</span>
                  <div class="quote-meta">
                    {q.direct ? 'direct' : 'reported'}
                    {q.cue ? ` · cue: ${lookup.text(q.cue)}` : ''}
                    {q.channel ? ` · ${lookup.text(q.channel)}` : ''}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
