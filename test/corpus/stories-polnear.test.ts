// Story grouping on real articles: PolNeAR train has two re-publications (the same Washington Post
// article on consecutive days); with a week of other articles around them they must share a story,
// and articles on other topics must not join it.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/app/extract.js';
import { MemoryEntityIndex } from '../../src/corpus/entities/index.js';
import { MemoryStoryIndex } from '../../src/corpus/stories/index.js';

const TRAIN = new URL('../../../shared/data/polnear/train.jsonl', import.meta.url);

describe.skipIf(!existsSync(TRAIN))('stories across PolNeAR articles (needs ../shared/data/polnear/train.jsonl)', () => {
  it('puts each re-published article with its copy and keeps other topics apart', () => {
    const articles = readFileSync(TRAIN, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: string; publisher: string; published: string; title: string; text: string })
      // Everything published in the two weeks around the re-publications (mid to late December 2015).
      .filter((a) => a.published >= '2015-12-08' && a.published <= '2015-12-26')
      .sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
    const slugOf = (id: string) => id.split('_').slice(2).join('_');
    const repeated = new Set(articles.map((a) => `${a.publisher}_${slugOf(a.id)}`).filter((k, i, all) => all.indexOf(k) !== i));
    expect(repeated.size).toBeGreaterThanOrEqual(2);
    const entities = new MemoryEntityIndex();
    const stories = new MemoryStoryIndex();
    for (const a of articles) {
      const record = extractArticle({ id: a.id, text: a.text, published: a.published, title: a.title });
      const resolved = entities.addArticle(record);
      stories.addArticle(record, { publisher: a.publisher }, record.entities.map((e) => resolved.get(e.id) ?? null));
    }
    for (const key of repeated) {
      const copies = articles.filter((a) => `${a.publisher}_${slugOf(a.id)}` === key);
      const ids = new Set(copies.map((a) => stories.storyOf.get(a.id)));
      expect(ids.size, key).toBe(1);
      const story = stories.stories.get([...ids][0]!)!;
      // The story holds the copies and at most one other article.
      expect(story.articleCount, key).toBeLessThanOrEqual(copies.length + 1);
    }
    expect(stories.stories.size).toBeGreaterThan(articles.length / 2);
  });
});
