// A story's header: its title, period, outlets (with their article counts), key people, organisations
// and places, and a small map of the places.
import type { StoryView } from '../../../app/query.js';
import type { StoryPlace } from '../../../app/story-facts.js';
import { href } from '../router.js';
import { PlacesMap, type Place } from './places-map.js';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

function outlets(story: StoryView): string {
  const counts = new Map<string, number>();
  for (const a of story.articles) if (a.publisher) counts.set(a.publisher, (counts.get(a.publisher) ?? 0) + 1);
  return [...counts].map(([p, n]) => `${p} (${n})`).join(', ');
}

function EntityChips({ story, type, label, max }: { story: StoryView; type: string; label: string; max: number }) {
  const entities = story.entities.filter((e) => e.type === type).slice(0, max);
  if (entities.length === 0) return null;
  return (
    <p class="key-entities" data-testid={`key-${type.toLowerCase()}`}>
      <span class="key-label">{label}</span>
      {entities.map((e) => (
        <a key={e.id} class="chip" href={href('entities', e.id)} title={`in ${plural(e.articles, 'article')}`}>
          {e.name}
        </a>
      ))}
    </p>
  );
}

export function StoryHeader({ story, places }: { story: StoryView; places: StoryPlace[] | null }) {
  const period = story.firstPublished === story.lastPublished ? (story.firstPublished ?? 'undated') : `${story.firstPublished ?? '?'} to ${story.lastPublished ?? '?'}`;
  const keyPlaces = (places ?? []).slice(0, 8);
  const mapPlaces: Place[] = keyPlaces.map((p) => ({ name: p.name, type: p.type, local: p.admin1 != null, lat: p.lat, lon: p.lon, detail: `${p.name} (${p.type}) ${p.country ?? ''}, in ${plural(p.articles, 'article')}` }));
  const outletText = outlets(story);
  return (
    <header class="story-header" data-testid="story-header">
      <h2>{story.title}</h2>
      <p class="byline" data-testid="story-period">
        {`${plural(story.articleCount, 'article')} · ${period}`}
        {outletText ? ` · ${outletText}` : ''}
      </p>
      <div class="story-header-grid">
        <div>
          <EntityChips story={story} type="PERSON" label="People" max={8} />
          <EntityChips story={story} type="ORG" label="Organisations" max={6} />
          {keyPlaces.length ? (
            <p class="key-entities" data-testid="key-places">
              <span class="key-label">Places</span>
              {keyPlaces.map((p) => (
                <span key={p.name} class="chip" title={`in ${plural(p.articles, 'article')}`}>
                  {p.name}
                </span>
              ))}
            </p>
          ) : null}
          <p class="downloads">
            <span class="key-label">Export</span>
            {(['jsonl', 'csv', 'gkg', 'jsonld'] as const).map((format) => (
              <a key={format} class="chip" href={`/export?format=${format}&story=${story.id}`} download>
                {format}
              </a>
            ))}
          </p>
        </div>
        {mapPlaces.length ? <PlacesMap places={mapPlaces} small /> : null}
      </div>
    </header>
  );
}
