// One candidate per stretch of text: of two overlapping candidates the longer stays; at equal length a
// duration beats a point ("the past two weeks" is a length), else the earlier one. Sorts first: the
// context-words refiner may have moved starts.
import { byStart, type DateCandidate, type Refiner } from './date-candidate.js';

export const overlapRefiner: Refiner = {
  name: 'overlap',
  refine(candidates) {
    const out: DateCandidate[] = [];
    for (const c of [...candidates].sort(byStart)) {
      const last = out[out.length - 1];
      if (!last || c.start >= last.end) {
        out.push(c);
        continue;
      }
      const lengthDiff = c.end - c.start - (last.end - last.start);
      if (lengthDiff > 0 || (lengthDiff === 0 && c.how === 'duration' && last.how !== 'duration')) out[out.length - 1] = c;
    }
    return out;
  },
};
