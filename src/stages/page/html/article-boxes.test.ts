// Boxes templates put inside the article container (issue 20), on pages we write here: a name's hover
// card of headlines inside a paragraph, microdata stamps with their label, rel="tag" lists, a dek that
// repeats the page's description above the story (and a lede that does and must stay), a caption
// repeating an image's alt text, a headline the title check misses, an author bio given in JSON-LD,
// a grid of teaser cards, and short prompts ("click here", "Follow ... at https://..."), each with what
// must stay.
import { describe, expect, it } from 'vitest';
import { articleFromHtml } from './article-from-html.js';
import { parseHTML } from 'linkedom';
import { removeInlineWidgets } from './inline-widget-filter.js';
import { removeMarkedFurniture } from './marked-furniture-filter.js';
import { removeTeaserCards } from './teaser-cards-filter.js';
import { promoRule, datelineRule } from './text-block-rules.js';

const STORY = [
  'The harbour board voted on Tuesday to rebuild the old ferry pier before the winter storms arrive on the coast.',
  'Engineers said the work would take four months and cost less than the repairs that failed twice last year.',
  'Residents who use the ferry each morning welcomed the decision but asked for a temporary landing in the meantime.',
  'The board will publish the timetable for the works next week after a final meeting with the contractors involved.',
];
const body = (extra = '') => STORY.map((s) => `<p>${s} ${s}</p>`).join('\n') + extra;
function page(head: string, article: string): string {
  return `<html><head><title>Harbour board votes to rebuild ferry pier</title>${head}</head><body><article>${article}</article></body></html>`;
}
const textOf = (html: string) => articleFromHtml(html).text;

describe('inline widgets inside a paragraph', () => {
  const hoverCard =
    '<span class="card"><a href="/p/1">Mara Lind</a><span class="box"><a href="/a/1">Board approves a bigger budget for the port</a> ' +
    '<a href="/a/2">Ferry fares rise for the third year running</a> <a href="/a/3">Storm closes the coast road again</a> <a href="/p/1">MORE</a></span></span>';
  it('drops a hover card of headlines and keeps the name it hangs on', () => {
    const { document } = parseHTML(`<div><p>The chair, ${hoverCard} (harbour board), said the vote was clear.</p></div>`);
    const root = document.querySelector('div') as Element;
    expect(removeInlineWidgets(root)).toEqual(['inline-widget']);
    expect(root.textContent).toBe('The chair, Mara Lind (harbour board), said the vote was clear.');
  });
  it('keeps a sentence whose names are links with prose between them', () => {
    const html = '<div><p>The vote was backed by <span><a href="/1">Mara Lind</a>, <a href="/2">Tom Okafor</a> and <a href="/3">Ana Ruiz</a> of the board</span> on Tuesday.</p></div>';
    const { document } = parseHTML(html);
    const root = document.querySelector('div') as Element;
    expect(removeInlineWidgets(root)).toEqual([]);
  });
});

describe('what microdata and microformats mark as data about the article', () => {
  it('drops a published stamp with its label, and a rel="tag" list with its label', () => {
    const { document } = parseHTML(
      '<div><p>Posted: <span itemprop="datePublished">12 March 2025</span></p><p>The harbour board voted to rebuild the pier.</p>' +
        '<div><strong>Tags</strong> <a rel="tag" href="/t/1">harbour</a>, <a rel="tag" href="/t/2">ferry pier</a></div></div>',
    );
    const root = document.querySelector('div') as Element;
    expect(removeMarkedFurniture(root)).toEqual(['stamp', 'tags']);
    expect(root.textContent).toBe('The harbour board voted to rebuild the pier.');
  });
  it('keeps a long element marked as the author (a template wrapping the story)', () => {
    const { document } = parseHTML(`<div><div itemprop="author"><p>${STORY.join(' ')}</p></div></div>`);
    const root = document.querySelector('div') as Element;
    expect(removeMarkedFurniture(root)).toEqual([]);
  });
});

describe('blocks that repeat what the page says elsewhere', () => {
  const dek = 'Repairs to the pier failed twice, so the board chose to start again.';
  it('drops a dek that repeats the description and stands alone above the story', () => {
    const html = page(`<meta name="description" content="${dek}">`, `<header><p>${dek}</p></header><div>${body()}</div>`);
    expect(textOf(html)).not.toContain('start again');
    expect(textOf(html)).toContain(STORY[0]);
  });
  it('keeps a lede that the description repeats, in the container of the story', () => {
    const html = page(`<meta name="description" content="${STORY[0]}">`, `<div><p>${STORY[0]}</p>${body()}</div>`);
    expect(textOf(html).startsWith(STORY[0])).toBe(true);
  });
  it("drops a caption line that repeats an image's alt text", () => {
    const alt = 'The old ferry pier at low tide in the morning';
    const html = page('', `<img src="pier.jpg" alt="${alt}"><p>${alt}</p>${body()}`);
    expect(textOf(html)).not.toContain('low tide');
  });
  it('drops an author bio that the JSON-LD gives as the person\'s description', () => {
    const bio = 'Mara Lind covers the coast and its ferries from a small office by the harbour.';
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle', headline: 'x' }, { '@type': 'Person', name: 'Mara Lind', description: bio }] });
    const html = page(`<script type="application/ld+json">${ld}</script>`, `${body()}<p>${bio}</p>`);
    expect(textOf(html)).not.toContain('small office');
    expect(textOf(html)).toContain(STORY[3]);
  });
});

describe('short prompts and stamps by their words', () => {
  it.each([
    ['a "click here" prompt', 'Get the weekly paper at your door. Click here for more information.', 'promo'],
    ['a prompt to follow an address', "Follow the board's full coverage at https://news.example/harbour", 'promo'],
  ])('%s', (_name, text, name) => expect(promoRule(text, text.split(' ').length)).toBe(name));
  it('keeps a story sentence that mentions following a case', () => {
    const text = 'Investigators will follow the case closely, the board said.';
    expect(promoRule(text, text.split(' ').length)).toBeNull();
  });
  it('reads a stamp with a zone abbreviation as a dateline', () => {
    expect(datelineRule('November 20, 2025 - 11:28 AMT', 6)).toBe('dateline');
    expect(datelineRule('November 20 was a long day for the AMT union', 9)).toBeNull();
  });
});

describe('grids of teaser cards', () => {
  const card = (n: number, blurb = 'A short blurb about another story.') =>
    `<div class="card"><p><a href="/story-${n}.html"><img src="/t${n}.jpg" alt=""></a></p><p>${blurb}</p></div>`;
  it('drops three cards with thumbnails linking elsewhere, and their heading', () => {
    const { document } = parseHTML(`<div><p>${STORY[0]}</p><section><h2>Most read</h2>${card(1)}${card(2)}${card(3)}</section></div>`);
    const root = document.querySelector('div') as Element;
    expect(removeTeaserCards(root)).toEqual(['teaser-cards']);
    expect(root.textContent).toBe(STORY[0]);
  });
  it('keeps two cards (not a grid) and items whose text is story-long', () => {
    const long = STORY.join(' ');
    const { document } = parseHTML(`<div><section>${card(1)}${card(2)}</section><section>${card(3, long)}${card(4, long)}${card(5, long)}</section></div>`);
    expect(removeTeaserCards(document.querySelector('div') as Element)).toEqual([]);
  });
  it('keeps a list whose items have no linked picture', () => {
    const item = (n: number) => `<div class="step"><p><img src="/s${n}.jpg" alt=""></p><p>Step ${n}: mix the flour.</p></div>`;
    const { document } = parseHTML(`<div><section>${item(1)}${item(2)}${item(3)}</section></div>`);
    expect(removeTeaserCards(document.querySelector('div') as Element)).toEqual([]);
  });
});
