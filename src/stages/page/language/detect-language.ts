// Detects the language of an article's text with franc-min (trigram profiles of ~80 languages,
// scripts such as Japanese or Greek by character ranges). Short texts are marked uncertain: the
// caller then falls back to a declared language or to English, because a wrong "not English" would
// silently drop a whole article's layers. Length is the measure of certainty, not the runner-up's
// score: franc's relative scores crowd towards 1 as texts grow (a clear 4,000-character English
// article has French at 0.97), while its first choice was right on every page of the extraction dev
// set from about 600 characters (one English page read as Portuguese from its first 200). A Latin-script
// verdict other than English must also be confirmed by that language's function words.
import { francAll } from 'franc-min';
import { functionWordShare } from './function-words.js';
import { iso6391 } from './iso-639.js';

/** Below this many letters trigram statistics are too thin to overrule the English default. */
export const MIN_LETTERS = 150;
/** A Latin-script language other than English must have at least this share of its own function words. */
const MIN_FUNCTION_SHARE = 0.12;
const SAMPLE_CHARS = 4000;

export interface LanguageGuess {
  /** ISO 639-1 (639-3 when there is no two-letter code), or null when nothing could be said. */
  language: string | null;
  confident: boolean;
  /** Runner-up relative score (0..1), for the record: close relatives score near 1 on long texts. */
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

/** The letters of the words looked at when the text is clearly English, else -1. */
function clearlyEnglish(sample: string): number {
  const words = sample.slice(0, 1500).toLowerCase().match(/\p{L}+/gu);
  if (!words || words.length < QUICK_WORDS) return -1;
  let hits = 0;
  let letters = 0;
  for (const w of words) {
    if (ENGLISH_FUNCTION_WORDS.has(w)) hits++;
    letters += w.length;
  }
  return hits >= words.length * QUICK_SHARE ? letters : -1;
}

export function detectLanguage(text: string): LanguageGuess {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  // Checked before anything counts letters over the whole sample: this runs for every article.
  const quick = clearlyEnglish(sample);
  if (quick >= 0) return { language: 'en', confident: true, runnerUp: 0, letters: quick };
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  const ranked = francAll(sample, { minLength: 10 });
  const [best, second] = ranked;
  if (!best || best[0] === 'und') return { language: null, confident: false, runnerUp: 1, letters };
  const runnerUp = second ? second[1] : 0;
  const language = iso6391(best[0]);
  // Scripts franc recognises by character range (CJK, Thai, Greek...) are safe even when short.
  if (!second) return { language, confident: letters >= 20, runnerUp, letters };
  if (letters < MIN_LETTERS) return { language, confident: false, runnerUp, letters };
  const latin = (sample.match(/\p{Script=Latin}/gu) ?? []).length;
  // Another script (Cyrillic, Arabic, Devanagari...) is not English whichever language franc names.
  if (latin < letters / 2 || language === 'en') return { language, confident: true, runnerUp, letters };
  // Latin script, not English by trigrams: confirmed only by that language's own function words, so a
  // table of names and scores (which trigrams place anywhere) stays English.
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const own = functionWordShare(words, language);
  const english = functionWordShare(words, 'en') ?? 0;
  const confident = own != null && own >= MIN_FUNCTION_SHARE && own > english;
  return { language, confident, runnerUp, letters };
}
