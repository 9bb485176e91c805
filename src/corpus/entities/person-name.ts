// Person names split into the parts cross-article matching compares: given name, middle names or
// initials, surname, generational suffix. Forms handled: "Donald J. Trump", "Hillary Rodham Clinton",
// "Mr. Trump", "Sen. Ted Cruz", "Donald Trump Jr.", "George H.W. Bush", "Bashar al-Assad" (= "Bashar Assad"),
// "Alexandria Ocasio-Cortez" (hyphenated surname stays one part), "Trump's", single tokens ("Trump",
// "Hillary": a surname or a given name, the matcher decides).
import { getLexicon } from '../../stages/entities/lexicon.js';
import { foldName, stripPossessive, translitKey } from './fold-name.js';
import { memoize } from './memo.js';

export interface PersonName {
  /** Folded parts after titles and honorifics are removed. */
  tokens: string[];
  /** First given name, or null for a single-token name. */
  given: string | null;
  middle: string[];
  surname: string;
  /** jr, sr, ii, iii, iv, or null. */
  suffix: string | null;
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
// Arabic article and similar prefixes that some outlets write and others drop ("al-Assad" / "Assad").
const NAME_PREFIX = /^(?:al|el|ad|as|ash|ar|an|at)[-‐‑]/i;
// Lower-case particles that belong to the surname but are dropped from its key ("de Blasio").
const PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'du', 'dos', 'bin', 'ibn', 'al', 'el']);

/** Parses a person's name; null when nothing name-like is left after titles are removed. */
export const parsePersonName: (raw: string) => PersonName | null = memoize(parseOnce);

function parseOnce(raw: string): PersonName | null {
  const lex = getLexicon();
  const words = stripPossessive(raw.trim())
    .split(/\s+/)
    // Run-together initials are several middle names ("H.W." -> "H.", "W.").
    .flatMap((w) => (/^(?:\p{Lu}\.){2,}$/u.test(w) ? w.match(/\p{Lu}\./gu)! : [w]))
    .map((w) => foldName(w.replace(NAME_PREFIX, '')).replace(/\s+/g, ''))
    .filter((w) => w !== '');
  let i = 0;
  // Leading honorifics and titles ("Mr.", "Sen.", "President") are not part of the name.
  while (i < words.length - 1 && (lex.honorifics.has(words[i]) || lex.honorifics.has(`${words[i]}.`) || isTitleWord(words[i]))) i++;
  let parts = words.slice(i);
  let suffix: string | null = null;
  if (parts.length > 1 && SUFFIXES.has(parts[parts.length - 1])) {
    suffix = parts[parts.length - 1];
    parts = parts.slice(0, -1);
  }
  parts = parts.filter((p, k) => k === parts.length - 1 || k === 0 || !PARTICLES.has(p));
  if (parts.length === 0) return null;
  const surname = parts[parts.length - 1];
  if (parts.length === 1) return { tokens: parts, given: null, middle: [], surname, suffix };
  return { tokens: parts, given: parts[0], middle: parts.slice(1, -1), surname, suffix };
}

function isTitleWord(w: string): boolean {
  const lex = getLexicon();
  return lex.titleHeads.has(w) || lex.titleHeads.has(`${w}.`) || lex.titleModifiers.has(w);
}

// Lower-case words that may sit inside a person's name ("Ludwig van Beethoven", "Bashar al-Assad").
const LOWER_PARTS = new Set([...PARTICLES, 'y', 'bin', 'ibn', 'abu']);
// Words the tagger takes for a given name in front of a surname ("Democrat Clinton", "Electing Obama").
const NOT_GIVEN = new Set(['democrat', 'republican', 'democrats', 'republicans', 'presidents', 'president', 'between', 'given', 'after', 'before', 'when', 'while', 'dear', 'team', 'anti', 'pro', 'candidate', 'nominee']);

/**
 * Whether a multi-word name looks like a person's: every word capitalised (particles and initials
 * aside), no conjunction or lower-case word ("Trump or Cruz", "Bush has Heffley", "Clinton ca"), a
 * first word that is not a common word or a gerund ("Electing Obama"), and a last word that is not
 * an organisation or facility keyword ("Trump Tower", "Clinton Foundation"). Such names still become
 * profiles of their own; they are only kept from absorbing bare surnames and from matching people.
 */
export const isPlausiblePersonName = memoize((raw: string): boolean => {
  const lex = getLexicon();
  const words = stripPossessive(raw.trim()).split(/\s+/);
  if (words.length < 2) return true;
  for (const w of words) if (!/^\p{Lu}/u.test(w) && !LOWER_PARTS.has(w.toLowerCase().replace(/[-‐‑].*$/, ''))) return false;
  const first = foldName(words[0]);
  if (NOT_GIVEN.has(first) || /ing$/.test(first) || lex.orgKeywords.has(first)) return false;
  const last = foldName(words[words.length - 1]);
  return !lex.orgKeywords.has(last) && !lex.facilityKeywords.has(last);
});

/** The blocking key of a surname: transliteration variants share it. */
export const surnameKey = (p: PersonName): string => translitKey(p.surname);
