// A story's events by day, each once, with who did it to whom, the sentence it comes from, how its
// date was found, and the articles that report it.
import type { TimelineEntry } from '../../../app/query.js';
import { ShowMore } from './show-more.js';
import { SourceRefs } from './source-ref.js';
import { byDay, eventsOnce, type StoryEvent } from './story-digest.js';

const DATE_FROM = { stated: 'dated in the text', event: 'dated by its event', published: 'dated by publication', unknown: 'undated' } as const;

function EventItem({ event, numbers }: { event: StoryEvent; numbers: Map<string, number> }) {
  return (
    <li class="story-event" data-article={event.sources[0].articleId}>
      <strong class="event-label">{event.label}</strong>
      {': '}
      <span class="actors">{event.actors.length ? event.actors.join(', ') : 'no actor named'}</span>
      {event.targets.length ? <span class="targets">{` → ${event.targets.join(', ')}`}</span> : null}
      <div class="snippet">{event.snippet}</div>
      <div class="quote-meta">
        <SourceRefs sources={event.sources} numbers={numbers} />
        {` · ${DATE_FROM[event.dateSource]}`}
        {event.dateText ? ` (“${event.dateText}”)` : ''}
      </div>
    </li>
  );
}

export function StoryEvents({ entries, numbers }: { entries: TimelineEntry[]; numbers: Map<string, number> }) {
  const events = eventsOnce(entries);
  if (events.length === 0) return <p class="empty">No events found in this story.</p>;
  return (
    <ShowMore items={events} limit={12} noun="events">
      {(shown) => (
        <div class="timeline" data-testid="events-by-day">
          {byDay(shown).map(([day, items]) => (
            <section class="timeline-entry" key={day}>
              <div class="timeline-date">{day}</div>
              <ul class="result-list">
                {items.map((e) => (
                  <EventItem key={e.key} event={e} numbers={numbers} />
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </ShowMore>
  );
}
