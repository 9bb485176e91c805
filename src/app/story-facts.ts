// Use case: what a story page shows beside its timeline: the places its articles name (geocoded, the
// most widely named first, for the header's map) and its figures, each with the consistency checks
// (a stated total against its parts, two figures for one quantity) its article ran on it.
import { sentenceAround } from '../corpus/stories/index.js';
import type { Store } from '../store/store.js';

export interface StoryPlace {
  name: string;
  type: string;
  lat: number;
  lon: number;
  country: string | null;
  admin1: string | null;
  /** How many of the story's articles name it. */
  articles: number;
}

export interface FigureCheck {
  check: 'sum' | 'conflict';
  status: 'consistent' | 'inconsistent';
  note: string;
}

export interface StoryFigure {
  articleId: string;
  publisher: string | null;
  published: string | null;
  amountId: string;
  /** The figure as written, and the sentence around it. */
  text: string;
  context: string;
  value: number;
  unit: string;
  object: string | null;
  qualifier: string;
  checks: FigureCheck[];
}

export interface StoryFacts {
  places: StoryPlace[];
  figures: StoryFigure[];
}

// Nationalities ("Ghanaian") are geocoded to their country but are not places a story happens in.
const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);

export async function storyFacts(store: Store, storyId: number): Promise<StoryFacts | null> {
  if (!(await store.story(storyId))) return null;
  const places = new Map<string, StoryPlace & { seenIn: Set<string> }>();
  const figures: StoryFigure[] = [];
  for await (const { record, meta, entityIds } of store.articles({ storyId })) {
    for (const e of record.entities) {
      if (!e.geo || !PLACE_TYPES.has(e.type)) continue;
      // One place per corpus entity across the story's articles, else per name.
      const key = entityIds[e.id] != null ? `id:${entityIds[e.id]}` : `name:${e.name}`;
      const place = places.get(key) ?? { name: e.name, type: e.type, lat: e.geo.lat, lon: e.geo.lon, country: e.geo.country ?? null, admin1: e.geo.admin1 ?? null, articles: 0, seenIn: new Set<string>() };
      place.seenIn.add(record.id);
      place.articles = place.seenIn.size;
      places.set(key, place);
    }
    for (const a of record.amounts) {
      const checks = record.consistency.filter((c) => c.amounts.includes(a.id)).map((c) => ({ check: c.check, status: c.status, note: c.note }));
      const s = sentenceAround(record.text, a.start, a.end);
      figures.push({
        articleId: record.id, publisher: meta.publisher, published: meta.published, amountId: a.id,
        text: record.text.slice(a.start, a.end), context: record.text.slice(s.start, s.end),
        value: a.value, unit: a.unit, object: a.object, qualifier: a.qualifier, checks,
      });
    }
  }
  // Figures that failed a check first, then checked ones, then the rest, each in article order.
  const rank = (f: StoryFigure) => (f.checks.some((c) => c.status === 'inconsistent') ? 0 : f.checks.length ? 1 : 2);
  return {
    places: [...places.values()].sort((a, b) => b.articles - a.articles).map(({ seenIn: _, ...p }) => p),
    figures: figures.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map(({ f }) => f),
  };
}
