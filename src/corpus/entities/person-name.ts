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

/** The blocking key of a surname: transliteration variants share it. */
export const surnameKey = (p: PersonName): string => translitKey(p.surname);
