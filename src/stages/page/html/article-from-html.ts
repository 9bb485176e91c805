// HTML page -> clean article with metadata. Order matters:
//   1. parse (linkedom; scripts never run)
//   2. metadata first, from the untouched page: cleaning removes bylines, <time> and JSON-LD
//   3. pre-clean (boilerplate that must not compete for Readability's score)
//   4. Readability picks the article element
//   5. post-clean (captions, headline, leftover widgets), then serialise with paragraph breaks
//   6. language, detected on the article text
import { StorylineError } from '../../../core/errors.js';
import { chooseLanguage } from '../language/choose-language.js';
import { pageMetadata, type PageMetadata } from '../metadata/page-metadata.js';
import type { HtmlArticle, HtmlOptions } from './html-article.js';
import { parsePage } from './parse-page.js';
import { pageEchoes } from './page-echoes.js';
import { postClean } from './post-clean.js';
import { preClean } from './pre-clean.js';
import { runReadability } from './run-readability.js';
import { serializeText } from './serialize-text.js';

export type { HtmlArticle, HtmlOptions } from './html-article.js';

/** Article text shorter than this earns a warning: a teaser, a paywall stub or a non-article page. */
const SHORT_TEXT = 200;
/** Fewer words than this is a stray label ("Home", "Menu"), not an article. */
const MIN_WORDS = 5;

const countWords = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

export function articleFromHtml(html: string, options: HtmlOptions = {}): HtmlArticle {
  const url = options.url ?? null;
  const label = url ?? 'page';
  const document = parsePage(html, label);
  const meta = { ...pageMetadata(document, url), url };
  const warnings: string[] = [];
  let text = articleText(document, meta, true);
  // The pre-cleaner can, on an odd template, take the story's own wrapper with it: read the page
  // again as Readability alone would before giving up.
  if (text === '') {
    text = articleText(parsePage(html, label), meta, false);
    if (text !== '') warnings.push(`${label}: the article was read without boilerplate pre-cleaning (it removed the whole story)`);
  }
  if (countWords(text) < MIN_WORDS && text.length < 40) throw new StorylineError('E_NO_ARTICLE', `${label}: no article text found in the page${text ? ` (only ${JSON.stringify(text.slice(0, 40))})` : ''}`);
  if (text.length < SHORT_TEXT) warnings.push(`${label}: only ${text.length} characters of article text: the page may not hold an article`);
  const language = chooseLanguage(text, meta.declaredLanguage);
  const { declaredLanguage: _declared, url: _url, fields, ...rest } = meta;
  return { ...rest, text, language: language.language, fields: { ...fields, language: language.choice }, warnings };
}

/** The article body as text with "\n\n" between paragraphs ('' when the page has none). */
export function articleText(document: Document, meta: Pick<PageMetadata, 'title' | 'canonicalUrl'> & { url?: string | null }, clean = true): string {
  // Before the pre-cleaner, which removes <meta>.
  const echoes = pageEchoes(document);
  if (clean) preClean(document);
  const result = runReadability(document);
  if (!result) return '';
  const ownUrls = [meta.url, meta.canonicalUrl].filter((u): u is string => !!u);
  postClean(result.content, meta.title ?? result.title, ownUrls, echoes);
  return serializeText(result.content);
}
