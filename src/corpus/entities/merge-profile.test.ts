import { describe, expect, it } from 'vitest';
import { mergeProfile, rebuildProfile, EVIDENCE_KEPT } from './merge-profile.js';
import { mention } from './test-builders.js';

describe('mergeProfile', () => {
  it('starts a profile with a stable id and the evidence "new profile"', () => {
    const e = mention('PERSON', 'Hillary Clinton');
    const a = mergeProfile(null, e, { articleId: 'a1', date: '2016-01-01' });
    const b = mergeProfile(null, e, { articleId: 'a1', date: '2016-01-01' });
    expect(a.id).toBe(b.id);
    expect(a.id).toMatch(/^person-hillary-clinton-[0-9a-f]{8}$/);
    expect(a.evidence?.[0].reasons).toEqual(['new profile']);
    expect(mergeProfile(null, e, { articleId: 'a1', date: null }, { id: 'given' }).id).toBe('given');
  });

  it('counts aliases per article, keeps a full name over a bare surname, and dates titles', () => {
    let p = mergeProfile(null, mention('PERSON', 'Clinton', { titles: ['Secretary'] }), { articleId: 'a1', date: '2016-02-01' });
    expect(p.name).toBe('Clinton');
    p = mergeProfile(p, mention('PERSON', 'Clinton'), { articleId: 'a2', date: '2016-01-15' });
    p = mergeProfile(p, mention('PERSON', 'Hillary Clinton', { aliases: ['Hillary Clinton', 'Clinton', 'Hillary'], titles: ['secretary', 'candidate'] }), { articleId: 'a3', date: '2016-03-01' }, { score: 0.7, evidence: ['test'] });
    expect(p.name).toBe('Hillary Clinton');
    expect(p.articleCount).toBe(3);
    expect(p.aliasCounts).toEqual({ Clinton: 3, 'Hillary Clinton': 1, Hillary: 1 });
    expect(p.aliases[0]).toBe('Clinton');
    expect(p.titles.find((t) => t.title === 'Secretary')).toEqual({ title: 'Secretary', first: '2016-02-01', last: '2016-03-01', count: 2 });
    expect(p.firstSeen).toBe('2016-01-15');
    expect(p.lastSeen).toBe('2016-03-01');
    expect(p.evidence?.at(-1)).toMatchObject({ articleId: 'a3', score: 0.7, reasons: ['test'] });
  });

  it('takes the majority type and does not change its input', () => {
    const p1 = mergeProfile(null, mention('ORG', 'Obama'), { articleId: 'a1', date: null });
    const p2 = mergeProfile(p1, mention('PERSON', 'Obama'), { articleId: 'a2', date: null });
    const p3 = mergeProfile(p2, mention('PERSON', 'Barack Obama'), { articleId: 'a3', date: null });
    expect(p1.type).toBe('ORG');
    expect(p1.articleCount).toBe(1);
    expect(p3.type).toBe('PERSON');
    expect(p3.name).toBe('Barack Obama');
  });

  it('caps the evidence it keeps', () => {
    let p = mergeProfile(null, mention('ORG', 'CNN'), { articleId: 'a0', date: null });
    for (let i = 1; i < EVIDENCE_KEPT + 5; i++) p = mergeProfile(p, mention('ORG', 'CNN'), { articleId: `a${i}`, date: null });
    expect(p.evidence).toHaveLength(EVIDENCE_KEPT);
    expect(p.evidence?.at(-1)?.articleId).toBe(`a${EVIDENCE_KEPT + 4}`);
  });

  it('rebuilds a profile from its entities (to split a wrong merge)', () => {
    const entries = [
      { entity: mention('PERSON', 'Bill Clinton'), ref: { articleId: 'a1', date: '2016-01-01' } },
      { entity: mention('PERSON', 'Clinton'), ref: { articleId: 'a2', date: '2016-01-02' } },
    ];
    const p = rebuildProfile('bill', entries)!;
    expect(p).toMatchObject({ id: 'bill', name: 'Bill Clinton', articleCount: 2 });
    expect(rebuildProfile('none', [])).toBeNull();
  });

  it('counts names that are also names of Object.prototype members', () => {
    const e = mention('ORG', 'constructor');
    const p = mergeProfile(mergeProfile(null, e, { articleId: 'a1', date: null }), e, { articleId: 'a2', date: null });
    expect(p.nameCounts).toEqual({ constructor: 2 });
    expect(p.aliasCounts).toEqual({ constructor: 2 });
  });
});
