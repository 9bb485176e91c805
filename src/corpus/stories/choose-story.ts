// Story assignment: the candidate story an article joins, or null (start a new story). A story is a
// candidate only within WINDOW_DAYS of its first-to-last range; the score mixes text similarity
// (cosine of the article's terms and the story's centroid) with how many of the article's main
// entities the story regularly names, minus a little per day of distance. The thresholds were
// set on PolNeAR train (docs/corpus-algorithms.md).
import type { ArticleSignature, StoryChoice, StoryProfile } from './types.js';
import { ownCount } from '../own-count.js';

export const WINDOW_DAYS = 10;
export const MIN_STORY_SCORE = 0.26;
const TEXT_WEIGHT = 0.75;
const ENTITY_WEIGHT = 0.25;
const DAY_PENALTY = 0.005;
const MAIN_ENTITIES = 8;

export interface ChooseOptions {
  windowDays?: number;
  minScore?: number;
}

export function chooseStory(sig: ArticleSignature, candidates: StoryProfile[], opts: ChooseOptions = {}): StoryChoice | null {
  const window = opts.windowDays ?? WINDOW_DAYS;
  let best: StoryChoice | null = null;
  for (const story of candidates) {
    const gap = daysOutside(sig.date, story.first, story.last);
    if (gap > window) continue;
    const text = cosine(sig.terms, story.centroid);
    const ent = entityOverlap(sig.entities, story);
    const score = Math.round((TEXT_WEIGHT * text + ENTITY_WEIGHT * ent - DAY_PENALTY * gap) * 1000) / 1000;
    if (!best || score > best.score) {
      best = { id: story.id, score, evidence: [`text similarity ${text.toFixed(2)}`, `shared entities ${ent.toFixed(2)}`, `${gap} days outside the story's dates`] };
    }
  }
  return best && best.score >= (opts.minScore ?? MIN_STORY_SCORE) ? best : null;
}

/** Cosine similarity of two sparse vectors. */
export function cosine(a: Record<string, number>, b: Record<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  // for...in rather than Object.entries: this runs for every candidate story of every article, and
  // the arrays of pairs were most of its cost.
  for (const t in a) {
    const w = a[t];
    na += w * w;
    dot += w * ownCount(b, t);
  }
  for (const t in b) nb += b[t] * b[t];
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** Share of the article's main entities, each weighted by how often the story's articles name it. */
function entityOverlap(entities: string[], story: StoryProfile): number {
  const main = entities.slice(0, MAIN_ENTITIES);
  if (main.length === 0 || story.articleCount === 0) return 0;
  let sum = 0;
  for (const e of main) sum += Math.min(1, ownCount(story.entities, e) / story.articleCount);
  return sum / main.length;
}

/** Days between a date and a [first, last] range (0 inside it, 0 when a date is unknown). */
export function daysOutside(date: string | null, first: string | null, last: string | null): number {
  if (!date || !first || !last) return 0;
  const d = Date.parse(date.slice(0, 10));
  const f = Date.parse(first.slice(0, 10));
  const l = Date.parse(last.slice(0, 10));
  if (Number.isNaN(d) || Number.isNaN(f) || Number.isNaN(l)) return 0;
  const day = 86_400_000;
  if (d < f) return Math.round((f - d) / day);
  if (d > l) return Math.round((d - l) / day);
  return 0;
}
