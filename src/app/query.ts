// Use cases that read the corpus: quotes by speaker, words and dates; an entity by name with its
// aliases and titles over time; stories with their articles, timeline and cross-source conflicts.
// Surfaces (CLI, HTTP) call these and only format the results.
import { StorylineError } from '../core/errors.js';
import type { AmountRow, EntityDetail, EntitySummary, QuoteQuery, QuoteRow, Store, StoryDetail } from '../store/store.js';
import { crossSourceFlags, type CrossSourceFlag } from './cross-source-flags.js';
import { storyTimeline, type TimelineEntry } from './story-timeline.js';

export type { CrossSourceFlag, TimelineEntry };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(name: string, value: string | undefined): void {
  if (value != null && !DATE.test(value)) throw new StorylineError('E_BAD_OPTION', `--${name} must be YYYY-MM-DD, not "${value}"`);
}

export async function findQuotes(store: Store, query: QuoteQuery): Promise<QuoteRow[]> {
  checkDate('since', query.since);
  checkDate('until', query.until);
  return store.quotes(query);
}

export interface EntityLookup {
  /** The best match, in full; null when nothing is called this. */
  entity: EntityDetail | null;
  /** Other entities with this name or alias (for a split or a wrong merge). */
  others: EntitySummary[];
}

export async function lookupEntity(store: Store, nameOrId: string): Promise<EntityLookup> {
  if (/^\d+$/.test(nameOrId)) return { entity: await store.entity(Number(nameOrId)), others: [] };
  const [best, ...others] = await store.findEntities(nameOrId, 10);
  return { entity: best ? await store.entity(best.id) : null, others };
}

export interface StoryView extends StoryDetail {
  crossSource: CrossSourceFlag[];
}

export async function describeStory(store: Store, id: number): Promise<StoryView | null> {
  const story = await store.story(id);
  if (!story) return null;
  const amounts: AmountRow[] = await store.storyAmounts(id);
  return { ...story, crossSource: crossSourceFlags(amounts) };
}

export async function timeline(store: Store, storyId: number): Promise<TimelineEntry[] | null> {
  if (!(await store.story(storyId))) return null;
  return storyTimeline(store.articles({ storyId }));
}
