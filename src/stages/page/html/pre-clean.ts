// DOM pre-cleaner, run before Readability: drops what is never article text whatever its score —
// scripts, styles, embedded frames, forms without prose; elements hidden from readers (hidden, aria-hidden,
// display:none); and blocks whose class, id or role names boilerplate (share widgets, newsletter
// and cookie boxes, "related"/"read more" lists, comments, ads). Boilerplate names are matched as
// whole words inside class/id tokens so "share-bar" matches but "shareholders" does not.
const NEVER_TEXT = 'script, style, noscript, template, iframe, object, embed, svg, canvas, button, select, input, textarea, link, meta';

/** Words in class/id names that mark a block as not article text. */
const BOILERPLATE_WORDS = [
  'share', 'sharing', 'social', 'newsletter', 'subscribe', 'subscription', 'cookie', 'cookies', 'consent', 'gdpr',
  'related', 'recommended', 'recirc', 'readmore', 'read-more', 'more-stories', 'promo', 'advert', 'advertisement',
  'ad', 'ads', 'sponsored', 'outbrain', 'taboola', 'comments', 'comment', 'disqus', 'paywall', 'signup', 'sign-up',
  'breadcrumb', 'breadcrumbs', 'toolbar', 'popup', 'modal', 'banner', 'tags', 'tag-list', 'author-bio',
];
const BOILERPLATE = new RegExp(`(?:^|[\\s_-])(?:${BOILERPLATE_WORDS.map((w) => w.replace(/-/g, '[-_]?')).join('|')})(?:$|[\\s_-])`, 'i');
/** More paragraph text than this inside a block means it is content, whatever its class says. */
const PROSE_CHARS = 600;
const BOILERPLATE_ROLES = /^(?:navigation|banner|contentinfo|complementary|dialog|alertdialog|search)$/i;

export function preClean(document: Document): void {
  const body = document.body;
  if (!body) return;
  for (const el of body.querySelectorAll(NEVER_TEXT)) el.remove();
  // ASP.NET pages wrap the whole page in one <form>: only forms without prose go.
  for (const el of body.querySelectorAll('form')) if (!holdsProse(el)) el.remove();
  for (const el of [...body.querySelectorAll('*')]) {
    if (!el.isConnected) continue;
    if (isHidden(el) || isBoilerplate(el)) el.remove();
  }
  unmarkEmbeds(body);
}

const EMBED_WRAPPER = /social|embed|twitter|tweet|instagram/i;

/**
 * An embedded post (a tweet quoted by the story) sits in a <blockquote> inside wrappers named
 * "social-embed"; Readability discards anything named "social" as a share bar, and a bare wrapper
 * <div> for its links (a tweet is mostly links by character count). The wrappers that hold nothing
 * but the quote are unwrapped, and the names of the others dropped, so the post stays in the story.
 */
function unmarkEmbeds(body: Element): void {
  for (const quote of [...body.querySelectorAll('blockquote')]) {
    for (let el: Element | null = quote.parentElement, depth = 0; el && el !== body && depth < 4; depth++) {
      const parent: Element | null = el.parentElement;
      if (EMBED_WRAPPER.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) {
        el.removeAttribute('class');
        el.removeAttribute('id');
      }
      if (/^(?:DIV|SPAN|FIGURE)$/i.test(el.tagName) && el.children.length === 1 && parent) {
        while (el.firstChild) parent.insertBefore(el.firstChild, el);
        el.remove();
      }
      el = parent;
    }
  }
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style != null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

export function isBoilerplate(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role && BOILERPLATE_ROLES.test(role)) return true;
  if (el.tagName === 'BODY' || el.tagName === 'ARTICLE' || el.tagName === 'MAIN') return false;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return names.trim() !== '' && BOILERPLATE.test(names) && !holdsProse(el);
}

/**
 * A wrapper whose class merely mentions "share" or "ad" may hold the whole story, and a "social"
 * block may be an embedded post the story quotes (a <blockquote>): keep both.
 */
function holdsProse(el: Element): boolean {
  if (el.querySelector('blockquote')) return true;
  let chars = 0;
  for (const p of el.querySelectorAll('p')) {
    chars += (p.textContent ?? '').length;
    if (chars > PROSE_CHARS) return true;
  }
  return false;
}
