// Golden articles we wrote (fixtures/articles/<slug>/): the whole pipeline's entities, quotes and
// events must match expected.json. After a deliberate change, regenerate with
// `npm run build && node scripts/regen-fixture.mjs <slug>` and review the diff.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/app/extract.js';
import { summarize } from '../helpers/golden-summary.mjs';

const root = new URL('../../fixtures/articles/', import.meta.url);
const slugs = readdirSync(root);

describe('golden articles', () => {
  it.each(slugs)('%s', (slug) => {
    const dir = new URL(`${slug}/`, root);
    const meta = JSON.parse(readFileSync(new URL('meta.json', dir), 'utf8')) as { published: string };
    const text = readFileSync(new URL('source.txt', dir), 'utf8');
    const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8'));
    expect(summarize(extractArticle({ id: slug, text, published: meta.published }))).toEqual(expected);
  });
});
