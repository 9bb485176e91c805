// News pages written for the tests: an article body of several paragraphs inside site chrome
// (navigation, share buttons, footer), so the article extractor has real work to do.

export function newsPage(opts: { title: string; paragraphs: string[]; site?: string; published?: string; charset?: string }): string {
  const site = opts.site ?? 'Valley News';
  const meta = opts.published ? `<meta property="article:published_time" content="${opts.published}">` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="${opts.charset ?? 'utf-8'}"><title>${opts.title} | ${site}</title>${meta}
<meta property="og:site_name" content="${site}"></head>
<body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main><article>
<h1>${opts.title}</h1>
${opts.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article>
<aside><h3>Share this story</h3><a href="#">Facebook</a> <a href="#">X</a></aside></main>
<footer><p>Sign up for the ${site} newsletter.</p><p>&copy; 2025 ${site}</p></footer>
</body></html>`;
}

export const FLOOD = [
  'Floodwaters swept through three villages in the Varna valley on Tuesday night, forcing more than 2,400 residents from their homes and cutting the main road to the regional capital, officials said on Wednesday.',
  'The river rose nearly four metres in six hours after two days of heavy rain, according to the national weather service, which warned that more storms were expected before the weekend.',
  '"We have never seen the water come up this fast," said Elena Petrova, the mayor of Dolno Selo, who spent the night helping neighbours carry children and elderly people to the school on the hill.',
  'Emergency crews used boats to reach families stranded on rooftops, and an army helicopter lifted eleven people from a farm cut off by the current. No deaths have been reported.',
  'The interior ministry said it had sent 300 rescue workers and would open four more shelters by Thursday. Residents were told to boil drinking water until further notice.',
];

export const RATES = [
  'The central bank held its main interest rate at 4.25 percent on Thursday, saying inflation had eased for a third month but that wage growth remained too strong for a cut.',
  'Governor Maria Lindqvist told reporters that the board had discussed a reduction but decided the evidence was not yet clear enough to act.',
  'Markets had expected the decision, and the currency was little changed after the announcement. Economists said the first cut could come in the spring.',
  'The bank raised its forecast for growth this year to 1.4 percent from 1.1 percent, citing strong exports and a recovery in household spending.',
];

export const BRIDGE = [
  'The city council approved repairs to the old stone bridge over the Kamchia on Monday evening, after engineers found cracks in two of its five arches.',
  'Councillors voted seven to two for the plan, which will close the bridge to cars for four months from April and cost about 3.2 million euros.',
  'Shop owners on the east bank said the closure would hurt trade, but the mayor said the alternative was to lose the bridge altogether.',
  'Pedestrians will still be able to cross on a temporary walkway while the work is done, the council said in a statement.',
];

export function rss(title: string, items: { title: string; link: string; guid?: string; pubDate?: string; content?: string }[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${title}</title><link>https://valley.example/</link>
${items
  .map(
    (i) => `<item><title>${i.title}</title><link>${i.link.replace(/&/g, '&amp;')}</link>${i.guid ? `<guid isPermaLink="false">${i.guid}</guid>` : ''}${i.pubDate ? `<pubDate>${i.pubDate}</pubDate>` : ''}${i.content ? `<content:encoded><![CDATA[${i.content}]]></content:encoded>` : ''}</item>`,
  )
  .join('\n')}
</channel></rss>`;
}
