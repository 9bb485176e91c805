// Takes in the words around a candidate that change what it means, and records them:
//   before: "since 2021", "as of today", "until now", "by Friday", "before 2020", "after May",
//           "early 2024", "mid-2023", "late last year" -> span extended, stated.relative = the word(s)
//   before a bare month: "last August", "next May", "this June" -> span extended, modifier set
//   after a time: "11.30am local time" -> span extended, the time is local to a place named nearby;
//           "9 p.m. E.T.", "2 p.m. Eastern time" -> span extended, the zone named
//   after an anaphoric "a day after" / "the day before": a following clause or noun phrase ("a day
//           after the pair met") means the phrase dates the main clause, not the day after it.
import type { DateCandidate, Refiner } from './date-candidate.js';
import { zoneOfWord } from './time-zones.js';

const PREFIX = /(since|as\s+of|until|till|by|before|after|early|late|mid)(?:\s+|-)$/i;
const MONTH_MODIFIER = /(last|next|this|past|coming)\s+$/i;
const LOCAL_TIME = /^\s*\(?\s*local\s+time\b\)?/i;
const ZONE_WORD = /^\s*\(?\s*(E\.T\.|C\.T\.|M\.T\.|P\.T\.|Eastern|Central|Mountain|Pacific)(?:\s+(?:Standard|Daylight))?(?:\s+[Tt]ime)?(?!\w)\)?/;
const ANAPHORIC_PREPOSITION = /\b(?:after|before)$/i;
const INTRODUCES_EVENT = /^\s+(?!that\b|then\b|and\b|or\b)[\p{L}\p{N}"'“‘]/u;

/** The word(s) matched by `pattern` right before offset `at`, as a whole word: [start, lower-case word], or null. */
function wordBefore(text: string, at: number, pattern: RegExp): [number, string] | null {
  const from = Math.max(0, at - 12);
  const m = pattern.exec(text.slice(from, at));
  if (!m) return null;
  const start = from + m.index;
  if (start > 0 && /[\w-]/.test(text[start - 1])) return null;
  return [start, m[1].toLowerCase().replace(/\s+/g, ' ')];
}

function takePrefix(c: DateCandidate, text: string): void {
  if (c.how === 'duration') return;
  const found = wordBefore(text, c.start, PREFIX);
  if (!found) return;
  const [start, word] = found;
  // "after"/"before" in front of an anaphoric phrase or a bare time of day is a preposition of its own.
  if ((word === 'after' || word === 'before') && (c.how === 'anaphoric' || c.how === 'event')) return;
  c.start = start;
  c.stated = { ...c.stated, relative: c.stated.relative ? `${word} ${c.stated.relative}` : word };
}

export const contextWordsRefiner: Refiner = {
  name: 'context-words',
  refine(candidates, ctx) {
    const text = ctx.text;
    for (const c of candidates) {
      // The modifier first: in "since last May" the prefix stands before "last".
      if (c.how === 'month' && !c.modifier) {
        const found = wordBefore(text, c.start, MONTH_MODIFIER);
        if (found) {
          const [start, word] = found;
          c.modifier = word === 'past' ? 'last' : word === 'coming' ? 'next' : (word as 'last' | 'next' | 'this');
          c.start = start;
        }
      }
      takePrefix(c, text);
      if (c.time) {
        const local = LOCAL_TIME.exec(text.slice(c.end, c.end + 16));
        if (local) {
          c.localTime = true;
          c.end += local[0].length;
        }
        const zone = !c.zone && !c.zoneName ? ZONE_WORD.exec(text.slice(c.end, c.end + 32)) : null;
        if (zone) {
          c.zoneName = zoneOfWord(zone[1]);
          c.end += zone[0].length;
        }
      }
      if (c.how === 'anaphoric' && ANAPHORIC_PREPOSITION.test(text.slice(c.start, c.end))) {
        c.introducesEvent = INTRODUCES_EVENT.test(text.slice(c.end, c.end + 4));
      }
    }
    return candidates;
  },
};
