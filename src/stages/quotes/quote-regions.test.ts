import { describe, expect, it } from 'vitest';
import { findQuoteRegions } from './quote-regions.js';

const contents = (text: string) => findQuoteRegions(text).map((r) => text.slice(r.contentStart, r.contentEnd));

describe('findQuoteRegions', () => {
  it.each([
    ['curly double', 'He said “we will win” today.', ['we will win']],
    ['straight double', 'He said "we will win" today.', ['we will win']],
    ['two apostrophes (NYT)', "He said ''we will win'' today.", ['we will win']],
    ['guillemets', 'Il a dit « nous gagnerons » hier.', [' nous gagnerons ']],
    ['curly single as top level', 'She wrote ‘no deal’ on the memo.', ['no deal']],
    ['nested single inside double', '“I don’t want to say ‘divvy up,’ OK?” he said.', ['I don’t want to say ‘divvy up,’ OK?']],
    ['split quote', '“First part,” he said, “second part.”', ['First part,', 'second part.']],
    ['closing mark used to open', 'Reader ”Fear. I am afraid.” said one.', ['Fear. I am afraid.']],
  ])('%s', (_name, text, expected) => {
    expect(contents(text)).toEqual(expected);
  });

  it('does not take apostrophes for quotes', () => {
    expect(contents("Clinton’s team didn't say the voters' choice was the '90s.")).toEqual([]);
  });

  it('ends an unclosed quote at the paragraph end and links the next paragraph that opens with a mark', () => {
    const text = '“First paragraph goes on\n“and the second one ends it.”\nAfter.';
    const regions = findQuoteRegions(text);
    expect(regions).toHaveLength(2);
    expect(regions[0].closed).toBe(false);
    expect(text.slice(regions[0].contentStart, regions[0].contentEnd)).toBe('First paragraph goes on');
    expect(regions[1].continues).toBe(0);
  });

  it('never crosses a paragraph break', () => {
    const text = 'He said "yes\n\nand then" more.';
    for (const r of findQuoteRegions(text)) expect(text.slice(r.open, r.close)).not.toContain('\n');
  });

  it('survives 10,000 quote marks in a row', () => {
    const text = '"'.repeat(10_000);
    const regions = findQuoteRegions(text);
    for (const r of regions) expect(r.contentEnd).toBeGreaterThan(r.contentStart);
  });
});
