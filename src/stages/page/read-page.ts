// The page stage's door: what app/ reads from an HTML page goes through here. readPage runs the
// cascade in html/article-from-html.ts (parse, metadata candidates and their resolvers, boilerplate
// pre-clean, Readability, post-clean, serialise, language) and returns the body text that every
// record span refers to, the page's metadata with each field's choice, the language and warnings.
// The page's own folders: html/ (body), metadata/ (candidates -> one value per field), language/.
import { articleFromHtml, type HtmlArticle } from './html/article-from-html.js';

export type { HtmlArticle as PageReading } from './html/article-from-html.js';
/** The language of a plain text (no page around it), and whether the English layers apply to it. */
export { chooseLanguage, isEnglish } from './language/choose-language.js';
/** A date as pages and feeds write it -> ISO 8601, or null when it is not a date. */
export { normalizeDate } from './metadata/normalize-date.js';

/** Reads one HTML page; `url` is where it came from (base for links, a date source), null when unknown. */
export function readPage(html: string, url: string | null): HtmlArticle {
  return articleFromHtml(html, { url });
}
