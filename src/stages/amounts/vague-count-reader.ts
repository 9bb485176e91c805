// Reads a vague count at a token, or returns null to pass: "dozens", "hundreds", "thousands",
// "tens of thousands", "hundreds of millions", "scores of", "several hundred", "a few thousand",
// "a few dozen". Bounds follow number-words.ts (VAGUE_PLURALS); the value is the lower bound.
import { inSentence, lowerAt, type NumberPhrase, type ScanContext } from './scan-context.js';
import { VAGUE_MULTIPLIED, VAGUE_PLURALS } from './number-words.js';

const PLURAL_SCALE_OF = new Map([['thousands', 1e3], ['millions', 1e6], ['billions', 1e9]]);

/** A vague count: "dozens", "tens of thousands", "hundreds of millions", "several hundred", "a few dozen". */
export function readVague(ctx: ScanContext, i: number): NumberPhrase | null {
  const lw = lowerAt(ctx, i);
  let bounds = VAGUE_PLURALS.get(lw);
  let endTok = i + 1;
  let scaleWord: string | null = lw;
  if (bounds) {
    if ((lw === 'tens' || lw === 'scores') && lowerAt(ctx, i + 1) !== 'of') return null;
    const ofScale = PLURAL_SCALE_OF.get(lowerAt(ctx, i + 2));
    if (lowerAt(ctx, i + 1) === 'of' && ofScale !== undefined && inSentence(ctx, i, i + 2)) {
      bounds = [bounds[0] * ofScale, (bounds[1] + 1) * ofScale - 1];
      endTok = i + 3;
      scaleWord = lowerAt(ctx, i + 2);
    }
  } else {
    let k = -1;
    if (lw === 'several') k = i + 1;
    else if (lw === 'a' && lowerAt(ctx, i + 1) === 'few') k = i + 2;
    const scale = k > 0 && inSentence(ctx, i, k) ? lowerAt(ctx, k) : '';
    const factor = VAGUE_MULTIPLIED.get(scale);
    if (factor === undefined) return null;
    bounds = scale === 'dozen' ? VAGUE_PLURALS.get('dozens') : [2 * factor, 10 * factor - 1];
    endTok = k + 1;
    scaleWord = scale;
  }
  if (!bounds) return null;
  return {
    firstTok: i,
    endTok,
    start: ctx.tokens[i].start,
    end: ctx.tokens[endTok - 1].end,
    value: bounds[0],
    min: bounds[0],
    max: bounds[1],
    vague: true,
    range: false,
    digits: false,
    scaled: true,
    scaleWord,
  };
}
