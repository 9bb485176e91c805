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
  /** Beam search settings (width, softmax temperature, pruning margin in nats); greedy when absent. */
  beam?: { width: number; temp: number; margin: number };
}

interface Cand {
  from: number;
  t: number;
  score: number;
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

  /** The parse the model is meant to give: beam search when its data ask for it, else greedy. */
  parseBest(sw: SentenceWords, tags: Uint8Array): Parse {
    const b = this.data.beam;
    return b && b.width > 1 ? this.parseBeam(sw, tags, b.width, b.temp, b.margin) : this.parse(sw, tags);
  }

  /** Greedy: the best-scoring move at each step. */
  parse(sw: SentenceWords, tags: Uint8Array): Parse {
    const st = new ParserState(sw.n);
    while (!st.terminal) {
      const t = this.next(st, sw, tags);
      st.apply(t, t === SHIFT ? 0 : this.label(st, sw, tags, t));
    }
    return { head: st.head, label: st.label };
  }

  /**
   * Beam search over the greedy model's moves: a configuration's score is the sum of its moves'
   * log-probabilities (a softmax of the transition scores at temperature `temp`, in weight units), and
   * candidates more than `margin` below the best are dropped, so that confident stretches of a
   * sentence cost one configuration. Every parse of n words takes 2n moves: the candidates always
   * compare like with like.
   */
  parseBeam(sw: SentenceWords, tags: Uint8Array, width: number, temp: number, margin: number): Parse {
    let cur = [new ParserState(sw.n)];
    let curScore = [0];
    const spare: ParserState[] = [];
    const s = this.scores;
    const unit = this.transitions.scale * temp;
    const cands: Cand[] = [];
    while (!cur[0].terminal) {
      cands.length = 0;
      for (let from = 0; from < cur.length; from++) this.expand(cur[from], curScore[from], from, sw, tags, unit, s, cands);
      cands.sort((a, b) => b.score - a.score || a.from - b.from || a.t - b.t);
      let keep = Math.min(width, cands.length);
      while (cands[keep - 1].score < cands[0].score - margin) keep--;
      // A configuration that only one kept candidate extends moves on as it is; others are copied.
      const uses = new Uint8Array(cur.length);
      for (let j = 0; j < keep; j++) uses[cands[j].from]++;
      const next: ParserState[] = [];
      const nextScore: number[] = [];
      for (let j = 0; j < keep; j++) {
        const { from, t, score } = cands[j];
        let st = cur[from];
        if (--uses[from] > 0) {
          st = spare.pop() ?? new ParserState(sw.n);
          st.copyFrom(cur[from]);
        }
        st.apply(t, t === SHIFT ? 0 : this.label(st, sw, tags, t));
        next.push(st);
        nextScore.push(score);
      }
      for (let from = 0; from < cur.length; from++) if (!next.includes(cur[from])) spare.push(cur[from]);
      cur = next;
      curScore = nextScore;
    }
    return { head: cur[0].head, label: cur[0].label };
  }

  /** The legal moves from `st` as candidates, scored by log-probability. */
  private expand(st: ParserState, score: number, from: number, sw: SentenceWords, tags: Uint8Array, unit: number, s: Float64Array, out: Cand[]): void {
    if (st.sp === 0 || !st.canShift()) {
      out.push({ from, t: st.sp === 0 ? SHIFT : st.sp === 1 ? LEFT : RIGHT, score });
      return;
    }
    const n = parserFeatures(st, sw, tags, this.keys);
    s.fill(0);
    scoreInto(this.transitions, this.keys, n, s);
    let max = -Infinity;
    for (let t = SHIFT; t <= RIGHT; t++) if (st.legal(t)) max = Math.max(max, s[t] / unit);
    let z = 0;
    for (let t = SHIFT; t <= RIGHT; t++) if (st.legal(t)) z += Math.exp(s[t] / unit - max);
    const logZ = max + Math.log(z);
    for (let t = SHIFT; t <= RIGHT; t++) if (st.legal(t)) out.push({ from, t, score: score + s[t] / unit - logZ });
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
