import { describe, expect, it } from 'vitest';
import { testRecord } from '../test-record.js';
import { addToStory } from './add-to-story.js';
import { articleSignature } from './article-signature.js';
import { chooseStory, cosine, daysOutside } from './choose-story.js';
import { MemoryStoryIndex } from './memory-story-index.js';
import { storyKeys, storyProfileKeys } from './story-keys.js';

const flood = (id: string, published: string, extra = '') =>
  testRecord({
    id, published,
    title: 'Flood aid pledged for Valencia',
    text: `Donors pledged flood aid for Valencia after the river burst its banks. Rescue teams searched flooded villages near Valencia. ${extra}`,
    entities: [{ type: 'GPE', name: 'Valencia', forms: ['Valencia', 'Valencia@1'] }],
  });
const election = (id: string, published: string) =>
  testRecord({
    id, published,
    title: 'Senate race tightens in Ohio',
    text: 'The Senate race in Ohio tightened as the incumbent senator trailed in new polling. Campaign ads filled television.',
    entities: [{ type: 'GPE', name: 'Ohio' }],
  });

describe('articleSignature', () => {
  it('weights title and lead terms, normalises, and names the main entities', () => {
    const sig = articleSignature(flood('a', '2025-01-02'), { publisher: 'x' });
    expect(sig.date).toBe('2025-01-02');
    expect(Object.keys(sig.terms).slice(0, 3)).toEqual(expect.arrayContaining(['flood']));
    // Without document frequencies, words of entity names count less (the entity overlap has them).
    expect(sig.terms.valencia).toBeLessThan(sig.terms.flood);
    const withStats = articleSignature(flood('a', '2025-01-02'), {}, { stats: { docCount: 10, df: () => 1 } });
    expect(withStats.terms.valencia).toBeGreaterThan(withStats.terms.flood);
    expect(Object.keys(sig.terms)).not.toContain('the');
    const norm = Math.sqrt(Object.values(sig.terms).reduce((s, w) => s + w * w, 0));
    expect(norm).toBeCloseTo(1, 3);
    expect(sig.entities[0]).toBe('plc:valencia');
    expect(articleSignature(flood('a', '2025-01-02'), {}, { entityIds: ['gpe-valencia-1'] }).entities[0]).toBe('gpe-valencia-1');
  });
});

describe('chooseStory and addToStory', () => {
  it('joins an article on the same story and starts a new one for another topic', () => {
    const s1 = articleSignature(flood('a', '2025-01-02'));
    const story = addToStory(null, s1, 'story-1');
    expect(story).toMatchObject({ id: 'story-1', articleCount: 1, first: '2025-01-02', last: '2025-01-02', title: 'Flood aid pledged for Valencia' });
    const same = chooseStory(articleSignature(flood('b', '2025-01-03', 'Officials counted the damage.')), [story]);
    expect(same?.id).toBe('story-1');
    expect(chooseStory(articleSignature(election('c', '2025-01-03')), [story])).toBeNull();
  });

  it('does not join a story outside its time window', () => {
    const story = addToStory(null, articleSignature(flood('a', '2025-01-02')), 'story-1');
    expect(chooseStory(articleSignature(flood('b', '2025-03-01')), [story])).toBeNull();
    expect(chooseStory(articleSignature(flood('b', '2025-03-01')), [story], { windowDays: 90 })?.id).toBe('story-1');
  });

  it('finds candidates through shared keys', () => {
    const story = addToStory(null, articleSignature(flood('a', '2025-01-02')), 'story-1');
    const keys = new Set(storyProfileKeys(story));
    expect(storyKeys(articleSignature(flood('b', '2025-01-03'))).some((k) => keys.has(k))).toBe(true);
    expect(storyKeys(articleSignature(election('c', '2025-01-03'))).some((k) => keys.has(k))).toBe(false);
  });

  it('adds up terms and entities that are also names of Object.prototype members', () => {
    const sig = { articleId: 'a', date: null, title: null, terms: { constructor: 0.5, race: 0.5 }, entities: ['constructor'] };
    const story = addToStory(addToStory(null, sig, 'story-1'), { ...sig, articleId: 'b' }, 'story-1');
    expect(story.centroid).toEqual({ constructor: 1, race: 1 });
    expect(story.entities).toEqual({ constructor: 2 });
  });

  it('cosine and day distances', () => {
    expect(cosine({ a: 1 }, { a: 2 })).toBeCloseTo(1);
    expect(cosine({ a: 1 }, { b: 1 })).toBe(0);
    // Words that are also names of Object.prototype's members count as words, not as properties.
    expect(cosine({ constructor: 1, valueOf: 1, a: 1 }, { a: 1 })).toBeCloseTo(1 / Math.sqrt(3));
    expect(daysOutside('2025-01-10', '2025-01-01', '2025-01-05')).toBe(5);
    expect(daysOutside('2025-01-03', '2025-01-01', '2025-01-05')).toBe(0);
    expect(daysOutside(null, '2025-01-01', '2025-01-05')).toBe(0);
  });
});

describe('MemoryStoryIndex', () => {
  it('groups articles incrementally', () => {
    const index = new MemoryStoryIndex();
    const a = index.addArticle(flood('a', '2025-01-02'));
    const b = index.addArticle(election('b', '2025-01-02'));
    const c = index.addArticle(flood('c', '2025-01-04', 'More rain is forecast.'));
    expect(c.storyId).toBe(a.storyId);
    expect(b.storyId).not.toBe(a.storyId);
    expect(index.stories.get(a.storyId)?.articleCount).toBe(2);
  });
});
