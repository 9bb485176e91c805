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

/**
 * What a reader calls the article: its title, else a short first line standing alone (a pasted
 * article's headline), else its opening words; the record id (`doc-1d4a8ba9d2fa`) only when it is empty.
 */
export function headline(record: StoryRecord): string {
  if (record.title) return record.title;
  const text = record.text.trim();
  const firstLine = text.split(/\n/, 1)[0].trim();
  if (firstLine && firstLine.length <= 160 && firstLine !== text) return firstLine;
  const words = text.replace(/\s+/g, ' ');
  if (!words) return record.id;
  return words.length <= 90 ? words : `${words.slice(0, 90).replace(/\s\S*$/, '')}…`;
}

/** entityLinks: article entity id -> corpus entity id, for stored articles (names link to entity pages). */
export function ArticleView({ record, entityLinks }: { record: StoryRecord; entityLinks?: Record<string, number> }) {
  const lookup = useMemo(() => new RecordLookup(record), [record]);
  const colours = useMemo(() => speakerColours(record), [record]);
  const [hover, setHover] = useState<string[] | null>(null);
  return (
    <article class="article-view" data-testid="article-view">
      <header>
        <h2>{headline(record)}</h2>
        <p class="byline">
          {record.published ? `published ${record.published}` : 'no publication date'}
          {record.url ? ` · ${record.url}` : ''}
          {` · ${record.entities.length} entities, ${record.quotes.length} quotes · id ${record.id}`}
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
