// Tables give the last column (the quote, the title) the room at 80 columns, and cut tables say how
// many rows are missing.
import { describe, expect, it } from 'vitest';
import { columnWidths, formatTable, moreLine } from './format-table.js';

const ARTICLE_ID = 'polnear-train-0123-breitbart-2016-trump-rally-in-iowa-full'; // 58 characters
const QUOTE = 'We will build the wall and we will make our country safe again, believe me, it is happening now';

describe('formatTable', () => {
  it('gives the quote at least 40% of 80 columns when the article id is long, and keeps dates whole', () => {
    const out = formatTable(['date', 'speaker', 'publisher', 'article', 'quote'], [['2016-01-02', 'Donald Trump', 'breitbart', ARTICLE_ID, QUOTE]], 80);
    const lines = out.trimEnd().split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    const widths = columnWidths(['date', 'speaker', 'publisher', 'article', 'quote'], [['2016-01-02', 'Donald Trump', 'breitbart', ARTICLE_ID, QUOTE]], 80);
    expect(widths[4]).toBeGreaterThanOrEqual(32);
    expect(widths[0]).toBe(10);
    expect(lines[2]).toMatch(/^2016-01-02 {2}/);
    expect(lines[2]).toContain('We will build the wall and we');
    expect(lines[2]).toMatch(/ polnear-\S*… /); // the id is cut, not dropped
  });

  it('leaves a table that fits as it is', () => {
    const out = formatTable(['id', 'title'], [[1, 'Chile and Ghana fund ocean research']], 80);
    expect(out).toBe('id  title\n--  -----------------------------------\n1   Chile and Ghana fund ocean research\n');
  });
});

describe('moreLine', () => {
  it.each([
    [0, false, ''],
    [1, false, '1 more quote (use --limit N)\n'],
    [12, false, '12 more quotes (use --limit N)\n'],
    [10000, true, 'at least 10000 more quotes (use --limit N)\n'],
  ])('%i more (at least: %s)', (more, atLeast, expected) => {
    expect(moreLine(more, 'quote', 'quotes', atLeast)).toBe(expected);
  });
});
