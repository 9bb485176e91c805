// Folds an article's signature into a story profile (or starts one): the centroid sums term weights
// and keeps the strongest STORY_TERMS, entity counts grow, the date range widens, the newest article
// ids are kept for display.
import type { ArticleSignature, StoryProfile } from './types.js';
import { ownCount } from '../own-count.js';

export const STORY_TERMS = 150;
export const RECENT_KEPT = 20;

export function addToStory(profile: StoryProfile | null, sig: ArticleSignature, id: string): StoryProfile {
  const p: StoryProfile = profile
    ? { ...profile, centroid: { ...profile.centroid }, entities: { ...profile.entities }, recent: [...profile.recent] }
    : { id, title: sig.title, articleCount: 0, centroid: {}, entities: {}, first: null, last: null, recent: [] };
  for (const [t, w] of Object.entries(sig.terms)) p.centroid[t] = ownCount(p.centroid, t) + w;
  p.centroid = Object.fromEntries(
    Object.entries(p.centroid)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, STORY_TERMS)
      .map(([t, w]) => [t, Math.round(w * 10000) / 10000]),
  );
  for (const e of new Set(sig.entities)) p.entities[e] = ownCount(p.entities, e) + 1;
  if (sig.date) {
    if (!p.first || sig.date < p.first) p.first = sig.date;
    if (!p.last || sig.date > p.last) p.last = sig.date;
  }
  p.articleCount += 1;
  p.recent = [...p.recent.filter((a) => a !== sig.articleId), sig.articleId].slice(-RECENT_KEPT);
  p.title ??= sig.title;
  return p;
}
