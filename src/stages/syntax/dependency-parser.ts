// Labelled dependency parser: greedy arc-hybrid transitions (./arc-hybrid.ts) chosen by an averaged
// perceptron over hashed features (./parser-features.ts), and each arc labelled by a second
// perceptron when it is made, once the dependent has all its children. Greedy and linear so that it
// parses over 100,000 tokens a second on one core; trained with a dynamic oracle and exploration
// (Goldberg & Nivre 2013), which recovers most of what beam search would add to a greedy parser.
// Hand-written: no JavaScript library parses English dependencies.
import { scoreInto, type LinearModel } from '../../models/hashed-perceptron.js';
import { LEFT, ParserState, RIGHT, SHIFT } from './arc-hybrid.js';
import { labelFeatures, MAX_LABEL_FEATURES, MAX_PARSER_FEATURES, parserFeatures } from './parser-features.js';
import type { SentenceWords } from './word-features.js';

export interface ParserData {
  labels: string[];
}

export interface Parse {
  /** Head index per word, -1 for the root. */
  head: Int32Array;
  label: Uint8Array;
}

export class DependencyParser {
  private readonly keys = new Int32Array(MAX_PARSER_FEATURES);
  private readonly labelKeys = new Int32Array(MAX_LABEL_FEATURES);
  private readonly scores = new Float64Array(3);
  private readonly labelScores: Float64Array;

  constructor(
    readonly transitions: LinearModel,
    readonly labeller: LinearModel,
    readonly data: ParserData,
  ) {
    this.labelScores = new Float64Array(labeller.nClasses);
  }

  parse(sw: SentenceWords, tags: Uint8Array): Parse {
    const st = new ParserState(sw.n);
    while (!st.terminal) {
      const t = this.next(st, sw, tags);
      st.apply(t, t === SHIFT ? 0 : this.label(st, sw, tags, t));
    }
    return { head: st.head, label: st.label };
  }

  next(st: ParserState, sw: SentenceWords, tags: Uint8Array): number {
    // A forced move needs no scores: SHIFT onto an empty stack, and once the buffer is down to the root,
    // RIGHT until one word is left on the stack, then LEFT (about a fifth of all moves).
    if (st.sp === 0) return SHIFT;
    if (!st.canShift()) return st.sp === 1 ? LEFT : RIGHT;
    const n = parserFeatures(st, sw, tags, this.keys);
    const s = this.scores;
    s.fill(0);
    scoreInto(this.transitions, this.keys, n, s);
    let best = -1;
    for (let t = SHIFT; t <= RIGHT; t++) if (st.legal(t) && (best < 0 || s[t] > s[best])) best = t;
    return best;
  }

  label(st: ParserState, sw: SentenceWords, tags: Uint8Array, t: number): number {
    const d = st.stack[st.sp - 1];
    const h = t === LEFT ? st.b : st.stack[st.sp - 2];
    const n = labelFeatures(st, sw, tags, h, d, this.labelKeys);
    const s = this.labelScores;
    s.fill(0);
    scoreInto(this.labeller, this.labelKeys, n, s);
    let best = 0;
    for (let c = 1; c < s.length; c++) if (s[c] > s[best]) best = c;
    return best;
  }
}

export { LEFT, RIGHT, SHIFT };
