// Durations as ISO 8601 lengths, never points in time: "three years of fighting" (P3Y), "a nearly
// three-and-a-half year offensive" (P3Y6M), "a 10-day truce" (P10D), "18 months" (P18M), "half an hour"
// (PT30M), "a year and a half" (P1Y6M), "in a decade" (P10Y), "for the past two weeks" (P2W).
// Declines phrases that are points ("three years ago", "a day later", "two days after") — chrono has
// those — and ages ("a three-year-old"). "a/an/one + unit" counts only after a cue ("for a week",
// "nearly a year"): alone it is usually a rate ("$5bn a year") or an idiom ("one day he will").
// One regex pass over the whole text: linear in its length.
import { candidate, type DateCandidate } from './date-candidate.js';
import { NUMBER_WORD, numberValue } from './number-words.js';

export const DURATION_EXTRACTOR = 'dates.duration.v1';

const NUMBER = String.raw`(\d{1,4}(?:\.\d+)?|${NUMBER_WORD})`;
const HALF = String.raw`((?:[- ]|\s+)and[- ]a[- ]half)?`;
const UNIT = String.raw`(years?|months?|weeks?|fortnights?|days?|hours?|minutes?|decades?|century|centuries)`;
const NOT_A_POINT = String.raw`(?![-\w]|\s+(?:ago|later|earlier|before|after|from\s+now|hence|old)\b|-old\b)`;
const PATTERN = new RegExp(
  String.raw`\b(?:half\s+(an?)\s+${UNIT}|${NUMBER}${HALF}(?:[- ]|\s+)${UNIT}(\s+and\s+a\s+half)?)${NOT_A_POINT}`,
  'gi',
);
// Before "a/an/one + unit": the words that make it a length.
const ARTICLE_CUE = /\b(?:for|within|over|after|in|nearly|almost|about|than|just|only|around|roughly|least|entire|whole|full|some|past|last|next|first)\s+$/i;

const UNIT_CODE: Record<string, string> = { year: 'Y', month: 'M', week: 'W', day: 'D', hour: 'H', minute: 'M' };

/** ISO 8601 duration for an amount of a unit ("3.5 year" -> P3Y6M); a fraction goes to the next unit when whole. */
export function isoDuration(amount: number, unitWord: string): string | null {
  let unit = unitWord.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  if (unit === 'decade' || unit === 'century') {
    amount *= unit === 'decade' ? 10 : 100;
    unit = 'year';
  } else if (unit === 'fortnight') {
    amount *= 2;
    unit = 'week';
  }
  const code = UNIT_CODE[unit];
  if (!code || !(amount > 0) || !Number.isFinite(amount)) return null;
  const whole = Math.floor(amount);
  const fraction = amount - whole;
  const lead = (c: string) => (whole > 0 ? `${whole}${c}` : '');
  if (fraction > 0) {
    if (unit === 'year' && Number.isInteger(fraction * 12)) return `P${lead('Y')}${fraction * 12}M`;
    if (unit === 'week' && Number.isInteger(amount * 7)) return `P${amount * 7}D`;
    if (unit === 'day' && Number.isInteger(fraction * 24)) return `P${lead('D')}T${fraction * 24}H`;
    if (unit === 'hour' && Number.isInteger(fraction * 60)) return `PT${lead('H')}${fraction * 60}M`;
  }
  return unit === 'hour' || unit === 'minute' ? `PT${amount}${code}` : `P${amount}${code}`;
}

export function durationCandidates(text: string): DateCandidate[] {
  const out: DateCandidate[] = [];
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(text); m; m = PATTERN.exec(text)) {
    let amount: number | null;
    let unit: string;
    if (m[1]) {
      amount = 0.5;
      unit = m[2];
    } else {
      amount = numberValue(m[3]);
      unit = m[5];
      if (amount !== null && (m[4] || m[6])) amount += 0.5;
      if (/^(?:an?|one)$/i.test(m[3]) && !m[4] && !m[6] && !ARTICLE_CUE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    }
    const duration = amount === null ? null : isoDuration(amount, unit);
    if (!duration) continue;
    const c = candidate(m.index, m.index + m[0].length, 'duration', DURATION_EXTRACTOR, DURATION_EXTRACTOR);
    c.duration = duration;
    out.push(c);
  }
  return out;
}
