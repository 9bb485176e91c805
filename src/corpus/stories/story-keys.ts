// Blocking keys for story candidates: an article's strongest terms and main entities, and the same
// for a story's centroid. A store indexes stories under `storyProfileKeys(story)` and looks up
// `storyKeys(signature)`, keeping only stories whose last date is within the window.
import type { ArticleSignature, StoryProfile } from './types.js';

const KEY_TERMS = 8;
const KEY_ENTITIES = 4;
const STORY_KEY_TERMS = 15;
const STORY_KEY_ENTITIES = 8;

export function storyKeys(sig: ArticleSignature): string[] {
  const terms = Object.keys(sig.terms).slice(0, KEY_TERMS).map((t) => `t:${t}`);
  const entities = sig.entities.slice(0, KEY_ENTITIES).map((e) => `e:${e}`);
  return [...terms, ...entities];
}

export function storyProfileKeys(story: StoryProfile): string[] {
  const terms = Object.entries(story.centroid)
    .sort((a, b) => b[1] - a[1])
    .slice(0, STORY_KEY_TERMS)
    .map(([t]) => `t:${t}`);
  const entities = Object.entries(story.entities)
    .sort((a, b) => b[1] - a[1])
    .slice(0, STORY_KEY_ENTITIES)
    .map(([e]) => `e:${e}`);
  return [...terms, ...entities];
}
