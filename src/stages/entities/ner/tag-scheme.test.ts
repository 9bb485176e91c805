// Tag schemes: spans -> tags -> spans, the repairs decoding makes, and the transition masks.
import { describe, expect, it } from 'vitest';
import { TagScheme, type TagSpan } from './tag-scheme.js';

const bio = new TagScheme('BIO');
const bilou = new TagScheme('BILOU');
const tags = (scheme: TagScheme, names: string) => names.split(' ').map((t) => scheme.tagId(t));

describe('TagScheme', () => {
  const spans: TagSpan[] = [
    { first: 0, end: 2, type: 'PER' },
    { first: 2, end: 3, type: 'ORG' },
    { first: 4, end: 7, type: 'LOC' },
  ];

  it('encodes names as BIO and BILOU tags', () => {
    expect([...bio.encode(spans, 8)].map((t) => bio.tags[t]).join(' ')).toBe('B-PER I-PER B-ORG O B-LOC I-LOC I-LOC O');
    expect([...bilou.encode(spans, 8)].map((t) => bilou.tags[t]).join(' ')).toBe('B-PER L-PER U-ORG O B-LOC I-LOC L-LOC O');
  });

  it('decodes what it encodes', () => {
    for (const scheme of [bio, bilou]) expect(scheme.decode(scheme.encode(spans, 8))).toEqual(spans);
  });

  it.each([
    ['I after O opens a name', 'O I-PER I-PER O', [{ first: 1, end: 3, type: 'PER' }]],
    ['I at the start opens a name', 'I-ORG O', [{ first: 0, end: 1, type: 'ORG' }]],
    ['I of another type opens a new name', 'B-PER I-ORG I-ORG', [{ first: 0, end: 1, type: 'PER' }, { first: 1, end: 3, type: 'ORG' }]],
    ['B after I starts a new name of the same type', 'B-LOC I-LOC B-LOC', [{ first: 0, end: 2, type: 'LOC' }, { first: 2, end: 3, type: 'LOC' }]],
    ['a name running to the end is closed', 'O B-MISC I-MISC', [{ first: 1, end: 3, type: 'MISC' }]],
  ])('BIO repair: %s', (_name, sequence, expected) => {
    expect(bio.decode(tags(bio, sequence))).toEqual(expected);
  });

  it.each([
    ['L without B opens and closes a name', 'O L-PER O', [{ first: 1, end: 2, type: 'PER' }]],
    ['B left open is closed at O', 'B-ORG I-ORG O', [{ first: 0, end: 2, type: 'ORG' }]],
    ['U inside a name closes it and stands alone', 'B-ORG U-ORG L-ORG', [{ first: 0, end: 1, type: 'ORG' }, { first: 1, end: 2, type: 'ORG' }, { first: 2, end: 3, type: 'ORG' }]],
  ])('BILOU repair: %s', (_name, sequence, expected) => {
    expect(bilou.decode(tags(bilou, sequence))).toEqual(expected);
  });

  it('masks exactly the ill-formed transitions', () => {
    const n = bio.size;
    const allowed = (scheme: TagScheme, from: string | null, to: string) => {
      const m = scheme.mask();
      const f = from === null ? scheme.size : scheme.tagId(from);
      return m.allowed[f * scheme.size + scheme.tagId(to)] === 1;
    };
    expect(allowed(bio, 'O', 'I-PER')).toBe(false);
    expect(allowed(bio, null, 'I-PER')).toBe(false);
    expect(allowed(bio, 'B-PER', 'I-ORG')).toBe(false);
    expect(allowed(bio, 'B-PER', 'I-PER')).toBe(true);
    expect(allowed(bio, 'I-PER', 'B-PER')).toBe(true);
    expect(allowed(bio, 'I-PER', 'O')).toBe(true);
    expect(bio.mask().allowedEnd.every((a) => a === 1)).toBe(true);
    expect(n).toBe(9);
    expect(allowed(bilou, 'B-PER', 'O')).toBe(false);
    expect(allowed(bilou, 'B-PER', 'L-PER')).toBe(true);
    expect(allowed(bilou, 'L-PER', 'U-ORG')).toBe(true);
    expect(allowed(bilou, 'U-PER', 'I-PER')).toBe(false);
    expect(bilou.mask().allowedEnd[bilou.tagId('I-LOC')]).toBe(0);
  });
});
