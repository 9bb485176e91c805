// A reference, in-memory version of what a store does with the story API: document frequencies for
// idf, a key index over stories, candidate look-up within the time window, choose, add, re-index.
// Used by the tests and the PolNeAR evaluation script.
import type { StoryRecord } from '../../core/record.js';
import { addToStory } from './add-to-story.js';
import { articleSignature } from './article-signature.js';
import { chooseStory, daysOutside, WINDOW_DAYS, type ChooseOptions } from './choose-story.js';
import { contentTerms } from './content-terms.js';
import { storyKeys, storyProfileKeys } from './story-keys.js';
import { LearnedTermStats } from './term-stats.js';
import type { ArticleMeta, StoryChoice, StoryProfile } from './types.js';

export class MemoryStoryIndex {
  readonly stories = new Map<string, StoryProfile>();
  readonly storyOf = new Map<string, string>();
  private readonly keys = new Map<string, Set<string>>();
  private readonly stats = new LearnedTermStats();

  /** `idf: false` leaves out document frequencies, as a store that keeps none would. */
  constructor(private readonly options: ChooseOptions & { idf?: boolean } = {}) {}

  addArticle(record: StoryRecord, meta: ArticleMeta = {}, entityIds?: (string | null)[]): { storyId: string; choice: StoryChoice | null } {
    this.stats.observe(contentTerms(record.text, meta.title ?? record.title).keys());
    const sig = articleSignature(record, meta, { entityIds, stats: this.options.idf === false ? undefined : this.stats });
    const window = this.options.windowDays ?? WINDOW_DAYS;
    const ids = new Set<string>();
    for (const k of storyKeys(sig)) for (const id of this.keys.get(k) ?? []) ids.add(id);
    const candidates = [...ids].map((id) => this.stories.get(id)!).filter((s) => daysOutside(sig.date, s.first, s.last) <= window);
    const choice = chooseStory(sig, candidates, this.options);
    const before = choice ? this.stories.get(choice.id)! : null;
    if (before) for (const k of storyProfileKeys(before)) this.keys.get(k)?.delete(before.id);
    const after = addToStory(before, sig, before?.id ?? `story-${record.id}`);
    this.stories.set(after.id, after);
    for (const k of storyProfileKeys(after)) {
      let set = this.keys.get(k);
      if (!set) this.keys.set(k, (set = new Set()));
      set.add(after.id);
    }
    this.storyOf.set(record.id, after.id);
    return { storyId: after.id, choice };
  }
}
