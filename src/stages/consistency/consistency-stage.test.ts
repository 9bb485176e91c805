// Consistency stage on short texts we wrote: sums of listed parts against a stated total, and
// different counts given for the same quantity.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../test/helpers/extract-text.js';

describe('consistency stage: sums', () => {
  it('adds parts listed over consecutive sentences and prefers the figure called a total', () => {
    const r = extract(
      'Japan pledged $40 million on Monday, while Canada promised $25 million. Norway contributed $35 million. ' +
        'Together the pledges amount to $100 million, officials said.',
    );
    const sum = r.consistency.filter((c) => c.check === 'sum');
    expect(sum).toHaveLength(1);
    expect(sum[0].total).toEqual({ value: 100_000_000, unit: 'USD' });
    expect(sum[0].parts.map((p) => p.value)).toEqual([40_000_000, 25_000_000, 35_000_000]);
    expect(sum[0].status).toBe('consistent');
  });

  it('says when the parts do not add up to the total', () => {
    const r = extract('Japan pledged $40 million and Canada promised $25 million. In total, donors pledged $90 million.');
    const sum = r.consistency.find((c) => c.check === 'sum');
    expect(sum?.status).toBe('inconsistent');
    expect(sum?.total.value).toBe(90_000_000);
  });

  it('keeps listings apart when other sentences come between them', () => {
    const r = extract(
      'Japan pledged $40 million. The talks went on. Rain fell all day. Canada promised $25 million.',
    );
    expect(r.consistency.filter((c) => c.check === 'sum')).toEqual([]);
  });
});

describe('consistency stage: conflicting counts', () => {
  it('flags two exact counts of the dead', () => {
    const r = extract('The blast killed 12 people, police said. A hospital official said 15 people were killed.');
    const conflict = r.consistency.find((c) => c.check === 'conflict');
    expect(conflict?.status).toBe('inconsistent');
    expect([conflict?.total.value, ...(conflict?.parts.map((p) => p.value) ?? [])].sort()).toEqual([12, 15]);
  });

  it('reads each count with its own verb: the wounded are not a count of the dead', () => {
    const r = extract('Twelve people were killed and 43 wounded in the attack. Officials later said 12 people had been killed.');
    expect(r.consistency.filter((c) => c.check === 'conflict')).toEqual([]);
  });
});
