// Qualifiers: the words before or after an amount that say how exact it is, added to its span.
//   approximate  about, around, roughly, approximately, nearly, almost, some, an estimated, close to, "or so"
//   at-least     at least, no fewer than, no less than, a minimum of, "or more"
//   more-than    more than, over, above, in excess of, upwards of, just over, well over
//   at-most      at most, no more than, a maximum of, "or fewer", "or less"
//   less-than    less than, fewer than, under, below, just under
//   up-to        up to, as many as, as much as
// Runs after the non-amount filter (a dropped year takes no qualifier) and before overlaps are
// resolved, which it cannot create: it never reaches into the previous amount.
import { inSentence, type AmountCandidate, type AmountQualifier, type AmountRefiner, type ScanContext } from './scan-context.js';

const BEFORE: [string, AmountQualifier][] = [
  ['about', 'approximate'], ['around', 'approximate'], ['roughly', 'approximate'], ['approximately', 'approximate'],
  ['approx', 'approximate'], ['approx.', 'approximate'], ['circa', 'approximate'], ['nearly', 'approximate'],
  ['almost', 'approximate'], ['some', 'approximate'], ['an estimated', 'approximate'], ['estimated', 'approximate'],
  ['close to', 'approximate'], ['more or less', 'approximate'], ['an approximate', 'approximate'],
  ['at least', 'at-least'], ['no fewer than', 'at-least'], ['no less than', 'at-least'], ['not less than', 'at-least'],
  ['a minimum of', 'at-least'], ['at minimum', 'at-least'],
  ['more than', 'more-than'], ['over', 'more-than'], ['above', 'more-than'], ['in excess of', 'more-than'],
  ['upwards of', 'more-than'], ['just over', 'more-than'], ['well over', 'more-than'], ['greater than', 'more-than'],
  ['well above', 'more-than'], ['exceeding', 'more-than'],
  ['at most', 'at-most'], ['no more than', 'at-most'], ['not more than', 'at-most'], ['a maximum of', 'at-most'],
  ['less than', 'less-than'], ['fewer than', 'less-than'], ['under', 'less-than'], ['below', 'less-than'],
  ['just under', 'less-than'], ['just below', 'less-than'], ['well under', 'less-than'], ['well below', 'less-than'],
  ['up to', 'up-to'], ['as many as', 'up-to'], ['as much as', 'up-to'], ['as high as', 'up-to'],
];
const AFTER: [string, AmountQualifier][] = [
  ['or more', 'at-least'], ['or so', 'approximate'], ['or fewer', 'at-most'], ['or less', 'at-most'], ['and more', 'at-least'],
];
/** Before a duration these mean "during", not a bound: "talks over three years". */
const DURATION_SENSE = new Set(['over']);

const toTable = (rows: [string, AmountQualifier][]) => {
  const table = new Map<string, AmountQualifier>();
  for (const [phrase, q] of rows) table.set(phrase, q);
  return table;
};
const BEFORE_TABLE = toTable(BEFORE);
const AFTER_TABLE = toTable(AFTER);
const MAX_WORDS = 3;

export const qualifierRefiner: AmountRefiner = (ctx, candidates) => {
  let floor = 0;
  for (let n = 0; n < candidates.length; n++) {
    const c = candidates[n];
    const ceiling = n + 1 < candidates.length ? candidates[n + 1].firstTok : ctx.tokens.length;
    qualifyBefore(ctx, c, floor);
    qualifyAfter(ctx, c, ceiling);
    floor = c.endTok;
  }
  return candidates;
};

function qualifyBefore(ctx: ScanContext, c: AmountCandidate, floor: number): void {
  for (let len = MAX_WORDS; len >= 1; len--) {
    const from = c.firstTok - len;
    if (from < floor || !inSentence(ctx, c.firstTok, from)) continue;
    const key = ctx.tokens.slice(from, c.firstTok).map((t) => t.lower).join(' ');
    const q = BEFORE_TABLE.get(key);
    if (!q) continue;
    if (DURATION_SENSE.has(key) && ctx.lex.timeUnits.has(c.unit)) return;
    c.qualifier = q;
    if (q === 'approximate') c.approximate = true; // a hedge: "about 40"
    c.firstTok = from;
    c.start = ctx.tokens[from].start;
    return;
  }
}

function qualifyAfter(ctx: ScanContext, c: AmountCandidate, ceiling: number): void {
  const to = c.endTok + 2;
  if (to > ceiling || !inSentence(ctx, c.firstTok, to - 1)) return;
  const key = `${ctx.tokens[c.endTok].lower} ${ctx.tokens[c.endTok + 1].lower}`;
  const q = AFTER_TABLE.get(key);
  if (!q) return;
  c.qualifier = q;
  if (q === 'approximate') c.approximate = true; // "40 or so"
  c.endTok = to;
  c.end = ctx.tokens[to - 1].end;
}
