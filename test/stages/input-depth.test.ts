// Issue 22, finding 3: no recursion whose depth the input sets. Each case feeds a structure 100,000
// levels or items deep (built here) to a function that once recursed once per level and overflowed
// the stack ("Maximum call stack size exceeded", no error code, no record).
import { describe, expect, it } from 'vitest';
import type { Token } from '../../src/core/records/token.js';
import { jsonLdCandidates } from '../../src/stages/page/metadata/jsonld-candidates.js';
import { stripSiteName } from '../../src/stages/page/metadata/resolve-title.js';
import { nounPhraseEndingAt } from '../../src/stages/quotes/phrases.js';

const N = 100_000;

const token = (norm: string, pos: string): Token => ({
  kind: 'token', start: 0, end: 0, norm, lower: norm.toLowerCase(), pos, lemma: norm, type: 'word', sentence: 0, spaceBefore: true, lineBefore: false,
});

describe('input-controlled depth', () => {
  it('a source followed by 100,000 parentheses: "Perdue (x) (x) ..."', () => {
    const tokens = [token('Perdue', 'PROPN')];
    for (let i = 0; i < N; i++) tokens.push(token('(', 'PUNCT'), token('x', 'X'), token(')', 'PUNCT'));
    expect(nounPhraseEndingAt(tokens, tokens.length - 1, 0)).toBe(0);
  });

  it('a title with 100,000 " | Site" tails', () => {
    expect(stripSiteName(`Bridge reopens${' | Daily Post'.repeat(N)}`, 'Daily Post')).toBe('Bridge reopens');
    expect(stripSiteName('Daily Post | Daily Post', 'Daily Post')).toBe('Daily Post');
  });

  it('JSON-LD nested 100,000 deep in a headline and in author lists', () => {
    let deep: unknown = 'Bridge reopens';
    let lists: unknown = 'Ana Ruiz';
    for (let i = 0; i < N; i++) {
      deep = { name: deep };
      lists = [lists];
    }
    const found = jsonLdCandidates([{ '@type': 'NewsArticle', headline: deep, author: lists, datePublished: { '@value': '2025-03-06' } }]);
    expect(found.find((c) => c.field === 'published')?.value).toBe('2025-03-06');
    expect(found.find((c) => c.field === 'title')).toBeUndefined();
  });
});
