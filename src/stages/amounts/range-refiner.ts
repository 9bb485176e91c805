// Joins two amounts of one unit into a range when the text writes each end in full:
// "$500 to $2,000", "between $30,000 and $60,000", "5km-10km", "20% to 30%". Ranges with one unit
// ("10 to 20 people", "$1-2 billion") are read whole by the number reader. Not joined: a change
// ("rose by 5% to 10%", "from 5% to 10%"), or ends far apart (more than 20 times).
import { inSentence, lowerAt, type AmountCandidate, type AmountRefiner, type ScanContext } from './scan-context.js';

const MAX_RATIO = 20;
const CONNECTORS = new Set(['to', '-', '–', '—']);

export const rangeRefiner: AmountRefiner = (ctx, candidates) => {
  const out: AmountCandidate[] = [];
  for (let n = 0; n < candidates.length; n++) {
    const a = candidates[n];
    const b = candidates[n + 1];
    if (b && joins(ctx, a, b)) {
      out.push(merge(ctx, a, b));
      n++;
    } else {
      out.push(a);
    }
  }
  return out;
};

function joins(ctx: ScanContext, a: AmountCandidate, b: AmountCandidate): boolean {
  if (a.unit !== b.unit || a.phrase.range || b.phrase.range || a.phrase.vague || b.phrase.vague) return false;
  if (b.firstTok !== a.endTok + 1 || !inSentence(ctx, a.firstTok, b.firstTok)) return false;
  if (!(b.value > a.value) || b.value > a.value * MAX_RATIO) return false;
  const conn = lowerAt(ctx, a.endTok);
  const before = lowerAt(ctx, a.firstTok - 1);
  if (conn === 'and') return before === 'between';
  return CONNECTORS.has(conn) && before !== 'by' && before !== 'from';
}

function merge(ctx: ScanContext, a: AmountCandidate, b: AmountCandidate): AmountCandidate {
  const between = lowerAt(ctx, a.firstTok - 1) === 'between';
  const firstTok = between ? a.firstTok - 1 : a.firstTok;
  return {
    ...a,
    firstTok,
    start: ctx.tokens[firstTok].start,
    endTok: b.endTok,
    end: b.end,
    min: a.value,
    max: b.value,
    qualifier: 'approximate',
    approximate: a.approximate || b.approximate,
    object: a.object ?? b.object,
    phrase: { ...a.phrase, range: true, min: a.value, max: b.value, endTok: b.phrase.endTok, end: b.phrase.end },
  };
}
