import { describe, expect, it } from 'vitest';
import { testRecord, type RecordSpec } from '../test-record.js';
import { compareQuantities } from './compare-quantities.js';
import { interval, quantityReports } from './quantity-reports.js';

const article = (id: string, published: string, text: string, extra: Partial<RecordSpec> = {}) => ({
  record: testRecord({ id, published, text, ...extra }),
  meta: { publisher: id.split('-')[0] },
});

const valencia = { type: 'GPE' as const, name: 'Valencia' };
const toll = (id: string, published: string, n: string, value: number, qualifier: 'exact' | 'approximate' | 'at-least' = 'exact') =>
  article(id, published, `Floods in Valencia: ${n} people were killed, officials said.`, {
    entities: [valencia],
    amounts: [{ text: `${n} people`, value, unit: 'people', object: 'people', qualifier }],
  });

describe('quantityReports', () => {
  it('finds the predicate, the place and the interval; skips amounts with nothing to compare', () => {
    const a = article('herald-1', '2025-01-02', 'Floods in Valencia: 12 people were killed. Three hopefuls met.', {
      entities: [valencia],
      amounts: [
        { text: '12 people', value: 12, unit: 'people', object: 'people' },
        { text: 'Three hopefuls', value: 3, unit: 'count', object: 'hopefuls' },
      ],
    });
    const reports = quantityReports(a);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ predicate: 'killed', place: 'valencia', publisher: 'herald', value: 12, text: '12 people' });
  });

  it('skips thresholds and hypotheticals', () => {
    const a = article('herald-1', '2025-01-02', 'Germany must pledge 40 million euros to win the vote.', {
      entities: [{ type: 'GPE', name: 'Germany' }],
      amounts: [{ text: '40 million euros', value: 40e6, unit: 'EUR' }],
    });
    expect(quantityReports(a)).toEqual([]);
  });

  it.each([
    [{ value: 100, qualifier: 'more-than', min: null, max: null }, [100, Infinity]],
    [{ value: 100, qualifier: 'up-to', min: null, max: null }, [0, 100]],
    [{ value: 50, qualifier: 'approximate', min: 24, max: 99 }, [24, 99]],
    [{ value: 2000, qualifier: 'approximate', min: null, max: null }, [1800, 2200]],
  ] as const)('interval(%j) = %j', (a, expected) => {
    const [lo, hi] = interval(a);
    expect(lo).toBeCloseTo(expected[0]);
    expect(hi === Infinity ? hi : Math.round(hi)).toBe(expected[1]);
  });
});

describe('compareQuantities', () => {
  it('flags a death toll reported differently, with both sources', () => {
    const flags = compareQuantities([toll('herald-1', '2025-01-02', '12', 12), toll('daily-1', '2025-01-02', '15', 15)]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ kind: 'conflict', what: 'people killed', unit: 'people', disagreements: [[0, 1]] });
    expect(flags[0].reports.map((r) => [r.publisher, r.value])).toEqual([['herald', 12], ['daily', 15]]);
  });

  it('calls a toll that only rises with later articles an update', () => {
    const flags = compareQuantities([toll('herald-1', '2025-01-02', '12', 12), toll('daily-1', '2025-01-04', '40', 40)]);
    expect(flags[0].kind).toBe('update');
  });

  it('does not flag figures that agree within their qualifiers or rounding', () => {
    expect(compareQuantities([toll('herald-1', '2025-01-02', 'about 2,000', 2000, 'approximate'), toll('daily-1', '2025-01-02', '2,030', 2030)])).toEqual([]);
    expect(compareQuantities([toll('herald-1', '2025-01-02', 'at least 10', 10, 'at-least'), toll('daily-1', '2025-01-02', '15', 15)])).toEqual([]);
  });

  it('does not compare tolls in different places, or figures within one article', () => {
    const murcia = article('daily-1', '2025-01-02', 'Floods in Murcia: 3 people were killed, officials said.', {
      entities: [{ type: 'GPE', name: 'Murcia' }],
      amounts: [{ text: '3 people', value: 3, unit: 'people', object: 'people' }],
    });
    expect(compareQuantities([toll('herald-1', '2025-01-02', '12', 12), murcia])).toEqual([]);
    const both = article('herald-2', '2025-01-02', 'Valencia: 12 people were killed. Later 15 people were killed.', {
      entities: [valencia],
      amounts: [
        { text: '12 people', value: 12, unit: 'people', object: 'people' },
        { text: '15 people', value: 15, unit: 'people', object: 'people' },
      ],
    });
    expect(compareQuantities([both])).toEqual([]);
  });

  it('compares pledges of the same donor only', () => {
    const pledge = (id: string, donor: string, amount: string, value: number) =>
      article(id, '2025-01-03', `${donor} pledged ${amount} for flood relief.`, {
        entities: [{ type: 'GPE', name: donor }],
        amounts: [{ text: amount, value, unit: 'EUR' }],
      });
    const flags = compareQuantities([pledge('herald-1', 'Germany', '€50 million', 50e6), pledge('daily-1', 'Germany', '€40 million', 40e6), pledge('post-1', 'France', '€10 million', 10e6)]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ predicate: 'pledged', actor: 'germany', what: 'EUR pledged by germany' });
    expect(flags[0].reports.map((r) => r.value)).toEqual([50e6, 40e6]);
  });

  it('uses corpus ids for actors when given', () => {
    const a = article('herald-1', '2025-01-03', 'Berlin pledged €50 million for relief.', { entities: [{ type: 'GPE', name: 'Berlin' }], amounts: [{ text: '€50 million', value: 50e6, unit: 'EUR' }] });
    const b = article('daily-1', '2025-01-03', 'Germany pledged €40 million for relief.', { entities: [{ type: 'GPE', name: 'Germany' }], amounts: [{ text: '€40 million', value: 40e6, unit: 'EUR' }] });
    expect(compareQuantities([a, b])).toEqual([]);
    const flags = compareQuantities([{ ...a, entityIds: ['gpe-de'] }, { ...b, entityIds: { e1: 'gpe-de' } }]);
    expect(flags[0]?.actor).toBe('gpe-de');
  });
});
