// Rules that recognise a short text block as page furniture rather than story, by its words alone.
// Each rule returns its name when it matches and null to pass (chrono-style extractors that can
// decline). They only ever see short blocks (see MAX_WORDS in block-filter.ts), so a sentence of
// the story that happens to mention "newsletter" or "Getty Images" is never at risk.
//   dateline   "Updated Nov 19, 9:41 AM", "By Jane Doe - 11/18/19 11:04 PM EST", "PUBLISHED: 10:48, Tue"
//   byline     "By Jane Doe", "By", "View author archive", "Write to Al Root at ...",
//              "Jane Doe contributed to this report", "Reporting by ...; Editing by ..."
//   credit     "(Image: GETTY)", "Photo: Gene J. Puskar", "Image copyright Getty Images", "Credit: NASA"
//   promo      "Subscribe to our newsletters", "Follow Newsbeat on Instagram", "Click here to ...", a short
//              block with "click here" anywhere in it
//   copyright  "© 2019 Example Corp.", "All rights reserved"
//   ui-label   "Advertisement", "Print Article", "Text size", "Image 1 of 4"
export type TextRule = (text: string, words: number) => string | null;

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATEISH = new RegExp(`\\b${MONTH}\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+${MONTH}\\b|\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?)?`, 'i');
const STAMP_WORD = /\b(published|updated|posted|modified|first published|last updated|original|created)\b/i;

const DAY_NAME = '\\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?';
const DATE_PARTS = new RegExp(`${DATEISH.source}|${MONTH}|${DAY_NAME}|\\b(?:[ap]\\.?m\\.?|est|edt|pst|pdt|cst|cdt|gmt|utc|bst|cet|ist|hst|et|pt|today|yesterday)\\b|\\b\\d+\\b`, 'gi');

export const datelineRule: TextRule = (text, words) => {
  if (words > 25 || !DATEISH.test(text)) return null;
  // What is left once dates, times, stamp words and a "By Name" are taken out: a stamp under a
  // headline leaves (almost) nothing; a sentence that mentions a date leaves a sentence.
  const rest = text
    .replace(/^\s*by\s+(?:[\p{Lu}][\p{L}.'’-]*\s*){1,4}/u, ' ')
    .replace(new RegExp(STAMP_WORD.source, 'gi'), ' ')
    // A zone abbreviation after a time ("11:28 AMT", "9:41 AEDT"): capitals ending in T. Before the date
    // parts, whose "a.m." would take the "AM" of "AMT".
    .replace(/(\d\s*)[A-Z]{1,4}T\b/g, '$1 ')
    .replace(DATE_PARTS, ' ')
    .replace(/\b(?:at|on|and|the)\b/gi, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const left = rest === '' ? 0 : rest.split(' ').length;
  if (STAMP_WORD.test(text) || /^\s*by\s/i.test(text)) return left <= 3 ? 'dateline' : null;
  // A bare time ("4:14 p.m.") heads an entry of a live blog: only a calendar date counts here.
  return left === 0 && new RegExp(MONTH, 'i').test(text) ? 'dateline' : null;
};

export const bylineRule: TextRule = (text, words) => {
  if (words <= 8 && /^(?:by|written by|words by|reported by|posted by)(?:\s+[\p{Lu}][\p{L}.'’-]*){0,5}\s*$/iu.test(text)) return 'byline';
  if (words <= 6 && /^(?:view author archive|email the author|follow (?:the )?author|follow on twitter|more by this author|about the author|author profile|get author rss)$/i.test(text)) return 'byline';
  // Wire-service credits at the foot of a story.
  if (words <= 40 && /(?:\bcontributed (?:to )?this (?:report|story|article)|^(?:additional )?reporting by\b|^editing by\b|^compiled by\b)/i.test(text)) return 'byline';
  if (words <= 20 && /^(?:write to|contact|reach|email)\s+[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}\s+at\s+\S+@\S+/iu.test(text)) return 'byline';
  return null;
};

const CREDIT_START = /^(?:image|photo|photograph|picture|pic|credit|credits|image credit|photo credit|image copyright|image caption|source image|illustration|video)s?\s*(?::|copyright\b|by\b|courtesy\b)/i;
const AGENCY = '(?:getty(?: images)?|shutterstock|istock(?:photo)?|afp|ap(?: photo)?|reuters|epa|alamy|pa(?: wire)?|bloomberg|xinhua|wireimage|ap images)';
const CREDIT_END = new RegExp(`(?:\\((?:image|photo|photograph|picture|credit|pic)s?\\s*:[^)]{0,80}\\)|[|/(]\\s*${AGENCY}(?:\\s*/\\s*[\\p{L} .]+)*\\s*\\)?|(?:photo|image|credit)s?\\s*:\\s*[^.]{1,60})\\s*\\.?$`, 'iu');
const AGENCY_ONLY = new RegExp(`^(?:[\\p{L}.'’-]+\\s+){0,3}[|/]?\\s*${AGENCY}$`, 'iu');

export const creditRule: TextRule = (text, words) => {
  if (words <= 12 && CREDIT_START.test(text)) return 'credit';
  if (words <= 40 && CREDIT_END.test(text)) return 'credit';
  if (words <= 5 && AGENCY_ONLY.test(text)) return 'credit';
  if (words <= 6 && /^©/.test(text)) return 'credit';
  return null;
};

const PROMO_OBJECT = /\b(?:newsletters?|subscri(?:be|ption|ber)s?|inbox|podcasts?|app|twitter|facebook|instagram|youtube|linkedin|tiktok|whatsapp|telegram|rss|notifications?|alerts?|magazine|membership|members|updates)\b/i;
const PROMO_START = /^(?:subscribe|sign up|signup|register|follow|like us|join|download|listen|watch|click|tap|support|share|get (?:the latest|our|breaking|unlimited|access|free|more)|don['’]t miss|never miss|stay (?:up to date|informed|connected)|want|need|love|enjoy(?:ed)?|if you (?:enjoyed|liked)|start your day|there['’]s (?:plenty )?more|have a (?:tip|story)|got a (?:tip|story)|tell us|send us|to (?:receive|subscribe)|for the latest|keep up)\b/i;

export const promoRule: TextRule = (text, words) => {
  if (words > 60) return null;
  if (PROMO_START.test(text) && PROMO_OBJECT.test(text)) return 'promo';
  // "Follow our full coverage at https://...": a prompt whose object is an address.
  if (words <= 30 && PROMO_START.test(text) && /\bhttps?:\/\/|\bwww\./i.test(text)) return 'promo';
  // Prompts of the comment section under the story.
  if (words <= 8 && /^(?:tell us what you think|what do you think|share your (?:thoughts|views)|leave a (?:comment|reply)|join the (?:discussion|conversation))\W*$/i.test(text)) return 'promo';
  if (words <= 30 && /^(?:comments? (?:are|is) (?:closed|moderated)|(?:note|please note)\s*:.*\bcomments?\b)/i.test(text)) return 'promo';
  // A call to click is a prompt to go elsewhere, not a line of the story ("... Click here for more information.").
  if (words <= 40 && /\bclick here\b/i.test(text)) return 'promo';
  if (words <= 30 && /\b(?:subscribe to|sign up for|sign up to|follow us on|follow (?:him|her|them) on|like us on|our newsletter|free (?:daily )?newsletter|delivered (?:straight )?to your inbox|right in your inbox)\b/i.test(text)) return 'promo';
  return null;
};

export const copyrightRule: TextRule = (text, words) => {
  if (words > 40) return null;
  return /©|\(c\)\s*\d{4}|\bcopyright\s+(?:©\s*)?\d{4}|\ball rights reserved\b/i.test(text) ? 'copyright' : null;
};

const UI_LABELS = new Set([
  'advertisement', 'advert', 'ad', 'ads', 'sponsored', 'sponsored content', 'comments', 'comment', 'post comment',
  'leave a comment', 'add comment', 'show comments', 'share', 'share this', 'share this article', 'share this story',
  'tweet', 'email', 'print', 'print article', 'order reprints', 'reprints', 'text size', 'close', 'caption', 'expand',
  'sign in', 'log in', 'login', 'register', 'menu', 'search', 'loading', 'continue reading', 'read more', 'show more',
  'see more', 'more', 'next', 'previous', 'back to top', 'breaking news', 'subscriber services', 'skip ad',
  'enlarge this image', 'toggle caption', 'hide caption', 'view gallery', 'view comments', 'listen', 'play', 'video',
]);

export const uiLabelRule: TextRule = (text, words) => {
  if (words > 6) return null;
  const t = text.toLowerCase().replace(/[\s.…:!|()+-]+$/g, '').replace(/^[\s|(+-]+/, '').replace(/\s+/g, ' ');
  if (UI_LABELS.has(t)) return 'ui-label';
  if (/^(?:image|photo|slide|picture)?\s*\d+\s*(?:of|\/|of\s*\/)\s*\d*$/i.test(t)) return 'ui-label';
  return null;
};

export const TEXT_RULES: TextRule[] = [datelineRule, bylineRule, creditRule, promoRule, copyrightRule, uiLabelRule];
