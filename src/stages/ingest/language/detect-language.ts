// Detects the language of an article's text with franc-min (trigram profiles of ~80 languages,
// scripts such as Japanese or Greek by character ranges). Short texts and close calls are marked
// uncertain: the caller then falls back to a declared language or to English, because a wrong
// "not English" would silently drop a whole article's layers.
import { francAll } from 'franc-min';
import { iso6391 } from './iso-639.js';

/** Below this many letters trigram statistics are too thin to overrule the English default. */
export const MIN_LETTERS = 120;
/** franc scores are relative to the best (1.0); a runner-up this close means "can't tell". */
const CLOSE_CALL = 0.92;
const SAMPLE_CHARS = 4000;

export interface LanguageGuess {
  /** ISO 639-1 (639-3 when there is no two-letter code), or null when nothing could be said. */
  language: string | null;
  confident: boolean;
  /** Runner-up relative score (0..1); lower is clearer. */
  runnerUp: number;
  letters: number;
}

// English prose is dense with these function words (a third of its words typically, a fifth at the
// least in PolNeAR train); other languages that share a few ("in", "is", "a") come nowhere near (a
// French or German news paragraph: under a tenth). A text that clearly passes is English without
// franc, whose trigram ranking over ~80 languages costs as much as a whole pipeline stage.
const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to a in that is was for on with as by at he it his her from said be have has not are were its this they an'.split(' '),
);
const QUICK_WORDS = 60;
const QUICK_SHARE = 0.18;

function clearlyEnglish(sample: string): boolean {
  const words = sample.slice(0, 1500).toLowerCase().match(/\p{L}+/gu);
  if (!words || words.length < QUICK_WORDS) return false;
  let hits = 0;
  for (const w of words) if (ENGLISH_FUNCTION_WORDS.has(w)) hits++;
  return hits >= words.length * QUICK_SHARE;
}

export function detectLanguage(text: string): LanguageGuess {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (clearlyEnglish(sample)) return { language: 'en', confident: true, runnerUp: 0, letters };
  const ranked = francAll(sample, { minLength: 10 });
  const [best, second] = ranked;
  if (!best || best[0] === 'und') return { language: null, confident: false, runnerUp: 1, letters };
  const runnerUp = second ? second[1] : 0;
  // Scripts franc recognises by character range (CJK, Thai, Greek...) are safe even when short.
  const byScript = !second;
  const confident = byScript ? letters >= 20 : letters >= MIN_LETTERS && runnerUp < CLOSE_CALL;
  return { language: iso6391(best[0]), confident, runnerUp, letters };
}
