// Cross-source flags on records the default pipeline extracts from two articles we wrote: the
// death toll and a donor's pledge differ between them; a third article agrees with the first.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/app/extract.js';
import { compareQuantities } from '../../src/corpus/cross-source/index.js';

const herald = extractArticle({
  id: 'herald-1', published: '2025-10-30',
  text: 'VALENCIA, Spain — Flash floods in Valencia killed 62 people on Tuesday, regional officials said. Germany pledged €50 million in aid for the reconstruction, Chancellor Friedrich Merz said on Wednesday.',
});
const daily = extractArticle({
  id: 'daily-1', published: '2025-10-30',
  text: 'At least 95 people were killed in Valencia after torrential rain on Tuesday, the government said. Germany pledged €40 million in aid, according to the German embassy.',
});
const post = extractArticle({
  id: 'post-1', published: '2025-10-30',
  text: 'Germany pledged about €50 million to help Valencia rebuild, Berlin said on Wednesday.',
});

describe('cross-source flags on extracted articles', () => {
  const flags = compareQuantities([
    { record: herald, meta: { publisher: 'Herald' } },
    { record: daily, meta: { publisher: 'Daily' } },
    { record: post, meta: { publisher: 'Post' } },
  ]);

  it('flags the toll and the pledge, each with both sources', () => {
    const byWhat = Object.fromEntries(flags.map((f) => [f.predicate, f]));
    expect(Object.keys(byWhat).sort()).toEqual(['killed', 'pledged']);
    expect(byWhat.killed.reports.map((r) => [r.publisher, r.value, r.qualifier])).toEqual([['Herald', 62, 'exact'], ['Daily', 95, 'at-least']]);
    const pledge = byWhat.pledged;
    expect(pledge.reports.map((r) => r.publisher)).toEqual(['Herald', 'Daily', 'Post']);
    // Only the €40 million report disagrees; the Post's "about €50 million" agrees with the Herald.
    const pairs = pledge.disagreements.map(([i, j]) => [pledge.reports[i].publisher, pledge.reports[j].publisher]);
    expect(pairs).toEqual([['Herald', 'Daily'], ['Daily', 'Post']]);
    for (const r of [...byWhat.killed.reports, ...pledge.reports]) {
      const text = [herald, daily, post].find((x) => x.id === r.articleId)!.text;
      expect(text.slice(r.start, r.end)).toBe(r.text);
      expect(text).toContain(r.context);
    }
  });
});
