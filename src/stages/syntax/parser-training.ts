// Training of the dependency parser (./dependency-parser.ts): a dynamic oracle with exploration
// (Goldberg & Nivre 2013). From the second epoch on, a wrong transition is followed with probability
// 0.9, so the model learns to recover from its own mistakes. Seeded: same data, same model.
// Called by scripts/train-syntax.mjs.
import { PerceptronTrainer, shuffle, type StoredLinear } from '../../models/hashed-perceptron.js';
import { rng } from '../../models/sequence-perceptron.js';
import { LEFT, ParserState, RIGHT, SHIFT } from './arc-hybrid.js';
import { DependencyParser, type ParserData } from './dependency-parser.js';
import { labelFeatures, MAX_LABEL_FEATURES, MAX_PARSER_FEATURES, parserFeatures } from './parser-features.js';
import type { SentenceWords } from './word-features.js';

export interface ParseExample {
  sw: SentenceWords;
  /** Tagger class ids (predicted, jackknifed, for training). */
  tags: Uint8Array;
  /** Gold head per word, 0-based, n for the root. */
  head: Int32Array;
  /** Full deprel per word ("nsubj:pass"). */
  deprel: string[];
}

export interface ParseScore {
  uas: number;
  las: number;
}

export function parserData(train: readonly ParseExample[]): ParserData {
  const count = new Map<string, number>();
  for (const ex of train) for (const l of ex.deprel) count.set(l, (count.get(l) ?? 0) + 1);
  const labels = [...count.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([l]) => l);
  if (labels.length > 250) throw new Error(`too many labels: ${labels.length}`);
  return { labels };
}

export function trainParser(
  train: readonly ParseExample[],
  dev: readonly ParseExample[],
  epochs: number,
  seed: number,
  log: (line: string) => void,
): { transitions: StoredLinear; labeller: StoredLinear; data: ParserData } {
  const data = parserData(train);
  const labelId = new Map(data.labels.map((l, i) => [l, i]));
  const tr = new PerceptronTrainer(3);
  const lb = new PerceptronTrainer(data.labels.length);
  const keys = new Int32Array(MAX_PARSER_FEATURES);
  const lkeys = new Int32Array(MAX_LABEL_FEATURES);
  const scores = new Float64Array(3);
  const lscores = new Float64Array(data.labels.length);
  const costs = new Float64Array(3);
  const random = rng(seed);
  const order = train.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    for (const idx of order) {
      const ex = train[idx];
      const st = new ParserState(ex.sw.n);
      const gold = ex.head;
      while (!st.terminal) {
        const n = parserFeatures(st, ex.sw, ex.tags, keys);
        tr.score(keys, n, scores);
        st.costs(gold, costs);
        let pred = -1;
        let minCost = Infinity;
        for (const t of [SHIFT, LEFT, RIGHT]) {
          if (costs[t] === Infinity) continue;
          if (pred < 0 || scores[t] > scores[pred]) pred = t;
          if (costs[t] < minCost) minCost = costs[t];
        }
        let best = -1;
        for (const t of [SHIFT, LEFT, RIGHT]) if (costs[t] === minCost && (best < 0 || scores[t] > scores[best])) best = t;
        if (costs[pred] > minCost) tr.update(keys, n, best, pred);
        tr.tick();
        const next = costs[pred] > minCost && !(epoch > 0 && random() < 0.9) ? best : pred;
        let label = 0;
        if (next !== SHIFT) {
          const [h, d] = st.arcOf(next)!;
          const ln = labelFeatures(st, ex.sw, ex.tags, h, d, lkeys);
          lb.score(lkeys, ln, lscores);
          let lp = 0;
          for (let c = 1; c < lscores.length; c++) if (lscores[c] > lscores[lp]) lp = c;
          label = lp;
          if (gold[d] === h) {
            const g = labelId.get(ex.deprel[d]) ?? 0;
            if (lp !== g) lb.update(lkeys, ln, g, lp);
            lb.tick();
            label = g;
          }
        }
        st.apply(next, label);
      }
    }
    const parser = new DependencyParser(tr.snapshot(), lb.snapshot(), data);
    const s = parseScore(parser, dev);
    log(`parser epoch ${epoch + 1}: dev UAS ${s.uas.toFixed(4)} LAS ${s.las.toFixed(4)} (${tr.features} + ${lb.features} features)`);
  }
  return { transitions: tr.finish(0.02), labeller: lb.finish(0.02), data };
}

/** UAS and LAS (universal relation: the part before ':'), punctuation included as in CoNLL 2018. */
export function parseScore(parser: DependencyParser, examples: readonly ParseExample[]): ParseScore {
  let u = 0;
  let l = 0;
  let total = 0;
  for (const ex of examples) {
    const p = parser.parseBest(ex.sw, ex.tags);
    for (let i = 0; i < ex.sw.n; i++) {
      const gh = ex.head[i] === ex.sw.n ? -1 : ex.head[i];
      total++;
      if (p.head[i] !== gh) continue;
      u++;
      if (parser.data.labels[p.label[i]].split(':')[0] === ex.deprel[i].split(':')[0]) l++;
    }
  }
  return { uas: u / total, las: l / total };
}

export { LEFT, RIGHT };
