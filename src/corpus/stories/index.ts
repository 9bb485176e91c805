// Stories: articles grouped incrementally by what they are about, who is in them and when. A store
// calls, per article: `articleSignature(record, meta, { entityIds, stats })`, looks up candidate
// stories by `storyKeys(signature)` (keeping those whose dates fall within WINDOW_DAYS),
// `chooseStory(signature, candidates)` (null: start a story), `addToStory(story | null, signature,
// newId)`, and re-indexes the story under `storyProfileKeys(story)`. `buildTimeline` orders a story's
// events and quotes by when they happened. No I/O here.
export type { ArticleMeta, ArticleSignature, StoryChoice, StoryProfile } from './types.js';
export { articleSignature, SIGNATURE_TERMS, type SignatureOptions, type TermStats } from './article-signature.js';
export { contentTerms } from './content-terms.js';
export { storyKeys, storyProfileKeys } from './story-keys.js';
export { chooseStory, cosine, daysOutside, MIN_STORY_SCORE, WINDOW_DAYS, type ChooseOptions } from './choose-story.js';
export { addToStory } from './add-to-story.js';
export { MemoryStoryIndex } from './memory-story-index.js';
export { buildTimeline, type TimelineEntry, type TimelineItem, type TimelineSource } from './build-timeline.js';
export { sentenceAround } from './sentence-around.js';
export { LearnedTermStats } from './term-stats.js';
