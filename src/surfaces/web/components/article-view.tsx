// One article as an analyst reads it: the highlighted text beside "who said what", then events,
// amounts with consistency flags, dates, and the map of places.
import { useMemo, useState } from 'preact/hooks';
import type { StoryRecord } from '../../../core/record.js';
import { AmountsList, DatesList, EventsList } from './facts-panel.js';
import { HighlightedText } from './highlighted-text.js';
import { PlacesMap, placesOf } from './places-map.js';
import { RecordLookup } from './record-lookup.js';
import { speakerColours } from './speaker-colours.js';
import { WhoSaidWhat } from './who-said-what.js';

/** entityLinks: article entity id -> corpus entity id, for stored articles (names link to entity pages). */
export function ArticleView({ record, entityLinks }: { record: StoryRecord; entityLinks?: Record<string, number> }) {
  const lookup = useMemo(() => new RecordLookup(record), [record]);
  const colours = useMemo(() => speakerColours(record), [record]);
  const [hover, setHover] = useState<string[] | null>(null);
  return (
    <article class="article-view" data-testid="article-view">
      <header>
        <h2>{record.title ?? record.id}</h2>
        <p class="byline">
          {record.published ? `published ${record.published}` : 'no publication date'}
          {record.url ? ` · ${record.url}` : ''}
          {` · ${record.entities.length} entities, ${record.quotes.length} quotes`}
        </p>
        {record.warnings.map((w, i) => (
          <p key={i} class="warning">{w}</p>
        ))}
      </header>
      <div class="reading">
        <div>
          <div class="hover-card" data-testid="hover-card" aria-live="polite">
            {hover ? hover.map((line, i) => <div key={i}>{line}</div>) : 'Hover over a highlighted name or quote.'}
          </div>
          <HighlightedText record={record} lookup={lookup} colours={colours} onHover={setHover} />
        </div>
        <aside>
          <h3>Who said what</h3>
          <WhoSaidWhat lookup={lookup} colours={colours} entityLinks={entityLinks} />
        </aside>
      </div>
      <h3>Events</h3>
      <EventsList lookup={lookup} />
      <h3>Amounts</h3>
      <AmountsList lookup={lookup} />
      <h3>Dates</h3>
      <DatesList lookup={lookup} />
      <h3>Places</h3>
      <PlacesMap places={placesOf(record.entities)} />
    </article>
  );
}
