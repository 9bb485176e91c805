import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { entity as makeEntity } from '../../core/records/entity.js';
import { MemoryEntityIndex } from './memory-entity-index.js';
import { parsePersonName } from './person-name.js';

/** A one-entity-per-name article: "Name1. Name2. ..." with one name mention each. */
function article(id: string, names: string[], date = '2016-05-01') {
  let text = '';
  const entities = names.map((name, i) => {
    const e = makeEntity(`e${i + 1}`, 'PERSON', name, 'test');
    e.mentions.push({ start: text.length, end: text.length + name.length, form: name.includes(' ') ? 'name' : 'surname', extractor: 'test' });
    text += `${name}. `;
    return e;
  });
  return { id, published: date, text, entities };
}

describe('MemoryEntityIndex', () => {
  it('resolves one person across articles and keeps a namesake apart', () => {
    const index = new MemoryEntityIndex();
    const a = index.addArticle(article('a', ['Donald Trump', 'Hillary Clinton']));
    const b = index.addArticle(article('b', ['Donald J. Trump', 'Bill Clinton']));
    const c = index.addArticle(article('c', ['Trump', 'Hillary Rodham Clinton']));
    expect(b.get('e1')).toBe(a.get('e1'));
    expect(c.get('e1')).toBe(a.get('e1'));
    expect(c.get('e2')).toBe(a.get('e2'));
    expect(b.get('e2')).not.toBe(a.get('e2'));
    const trump = index.profiles.get(a.get('e1')!)!;
    expect(trump.articleCount).toBe(3);
    expect(trump.aliases).toEqual(expect.arrayContaining(['Donald Trump', 'Donald J. Trump', 'Trump']));
  });

  it('never puts two entities of one article into one profile', () => {
    const index = new MemoryEntityIndex();
    index.addArticle(article('a', ['Clinton']));
    const r = index.addArticle(article('b', ['Bill Clinton', 'Hillary Clinton']));
    expect(r.get('e1')).not.toBe(r.get('e2'));
  });

  it('never merges people whose given names conflict, in any order of articles', () => {
    const names = ['Bill Clinton', 'Hillary Clinton', 'Chelsea Clinton', 'Donald Trump', 'Ivanka Trump', 'Donald Trump Jr.', 'Clinton', 'Trump', 'William Clinton', 'Donald J. Trump'];
    fc.assert(
      fc.property(fc.array(fc.subarray(names, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }), (articles) => {
        const index = new MemoryEntityIndex();
        articles.forEach((ns, i) => index.addArticle(article(`a${i}`, ns)));
        for (const p of index.profiles.values()) {
          const people = new Set(
            Object.keys(p.nameCounts ?? {})
              .map((n) => parsePersonName(n)!)
              .filter((n) => n.given)
              .map((n) => `${n.given === 'william' ? 'bill' : n.given} ${n.surname} ${n.suffix ?? ''}`),
          );
          if (people.size > 1) throw new Error(`${p.name} merged ${[...people].join(' / ')}`);
        }
      }),
      { numRuns: 200 },
    );
  });
});
