import { describe, expect, it } from 'vitest';
import { entity as makeEntity, type Entity, type EntityType } from '../../core/records/entity.js';
import { articleEntities } from './article-entities.js';

/** A record with the given names as entities; each mention is found in the text by search. */
function recordOf(text: string, specs: [EntityType, string, string[]?][]): { text: string; entities: Entity[] } {
  const entities = specs.map(([type, name, forms], i) => {
    const e = makeEntity(`e${i + 1}`, type, name, 'test');
    for (const form of forms ?? [name]) {
      const start = text.indexOf(form);
      if (start < 0) throw new Error(`"${form}" not in text`);
      e.mentions.push({ start, end: start + form.length, form: form.includes(' ') ? 'name' : 'surname', extractor: 'test' });
    }
    return e;
  });
  return { text, entities };
}

describe('articleEntities', () => {
  it('groups the forms of one person the extractor left apart', () => {
    const r = recordOf('Donald Trump spoke. Donald J. Trump’s aide said Trump would win; Trump Inc. agreed.', [
      ['PERSON', 'Donald Trump'],
      ['PERSON', 'Donald J. Trump'],
      ['ORG', 'Trump', ['Trump would']],
    ]);
    r.entities[2].mentions[0].end = r.entities[2].mentions[0].start + 5;
    const out = articleEntities(r);
    expect(out).toHaveLength(1);
    expect(out[0].ids).toEqual(['e1', 'e2', 'e3']);
    expect(out[0].entity.aliases).toEqual(expect.arrayContaining(['Donald Trump', 'Donald J. Trump', 'Trump']));
  });

  it('keeps two people with one surname apart, and a bare surname between them unattached', () => {
    const r = recordOf('Bill Clinton and Hillary Clinton arrived. Clinton spoke.', [
      ['PERSON', 'Bill Clinton'],
      ['PERSON', 'Hillary Clinton'],
      ['PERSON', 'Clinton', ['Clinton spoke']],
    ]);
    r.entities[2].mentions[0].end = r.entities[2].mentions[0].start + 7;
    const out = articleEntities(r);
    expect(out.map((a) => a.ids)).toEqual([['e1'], ['e2'], ['e3']]);
  });

  it('joins an acronym to the one name it abbreviates, and one bare word under two types', () => {
    const r = recordOf('The Federal Bureau of Investigation (FBI) said Obama and Obama agreed.', [
      ['ORG', 'Federal Bureau of Investigation'],
      ['ORG', 'FBI'],
      ['PERSON', 'Obama'],
      ['ORG', 'Obama'],
    ]);
    const out = articleEntities(r);
    expect(out.map((a) => a.ids)).toEqual([['e1', 'e2'], ['e3', 'e4']]);
    expect(out[1].entity.type).toBe('PERSON');
  });

  it('leaves out pronouns, descriptions and junk names', () => {
    const r = recordOf('Ann Lee said she was the minister.', [['PERSON', 'Ann Lee']]);
    r.entities[0].mentions.push({ start: 13, end: 16, form: 'pronoun', extractor: 'test' }, { start: 21, end: 33, form: 'description', extractor: 'test' });
    r.entities.push(makeEntity('e9', 'MISC', '—', 'test'));
    const out = articleEntities(r);
    expect(out).toHaveLength(1);
    expect(out[0].entity.aliases).toEqual(['Ann Lee']);
  });
});
