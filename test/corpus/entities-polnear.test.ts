// Cross-article entities on real articles: 12 PolNeAR train articles from each of the 7 publishers
// are extracted with the default pipeline and resolved in order through the in-memory index.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/app/extract.js';
import { MemoryEntityIndex } from '../../src/corpus/entities/index.js';

const TRAIN = new URL('../../../shared/data/polnear/train.jsonl', import.meta.url);
const PER_PUBLISHER = 12;

describe.skipIf(!existsSync(TRAIN))('entities across PolNeAR articles (needs ../shared/data/polnear/train.jsonl)', () => {
  it('puts Donald Trump from all 7 publishers in one profile, apart from the Clintons', () => {
    const perPublisher = new Map<string, number>();
    const index = new MemoryEntityIndex();
    const publishersOf = new Map<string, Set<string>>();
    for (const line of readFileSync(TRAIN, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const a = JSON.parse(line) as { id: string; publisher: string; published: string; title: string; text: string };
      const n = perPublisher.get(a.publisher) ?? 0;
      if (n >= PER_PUBLISHER) continue;
      perPublisher.set(a.publisher, n + 1);
      const record = extractArticle({ id: a.id, text: a.text, published: a.published, title: a.title });
      for (const profileId of index.addArticle(record).values()) {
        if (!publishersOf.has(profileId)) publishersOf.set(profileId, new Set());
        publishersOf.get(profileId)!.add(a.publisher);
      }
    }
    expect(perPublisher.size).toBe(7);
    const profiles = [...index.profiles.values()];
    const trumps = profiles.filter((p) => p.type === 'PERSON' && p.name.replace(' J.', '') === 'Donald Trump');
    expect(trumps).toHaveLength(1);
    expect(publishersOf.get(trumps[0].id)?.size).toBe(7);
    const hillary = profiles.find((p) => p.type === 'PERSON' && p.name === 'Hillary Clinton');
    expect(hillary?.aliases).toEqual(expect.arrayContaining(['Hillary Clinton', 'Clinton']));
    expect(hillary?.nameCounts?.['Bill Clinton']).toBeUndefined();
    expect(trumps[0].nameCounts?.['Ivanka Trump']).toBeUndefined();
  });
});
