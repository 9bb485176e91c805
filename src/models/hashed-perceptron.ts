// A multiclass averaged perceptron over hashed integer features (src/models/feature-hash.ts): the
// learner behind the syntax tagger, the parser's transition scorer and its arc labeller.
// Hand-written: the models need integer keys, sparse per-feature class weights and a compact binary
// form that loads in milliseconds; no maintained npm package trains or stores that.
//
// Training keeps dense rows (one weight per class) for every feature met, with lazily averaged
// totals (Collins 2002; Daumé's trick of per-weight time stamps). `finish` averages, drops weights
// under a threshold and returns the stored form, which ./linear-model.ts turns into the scoring table.
import { buildLinearModel, type LinearModel, type StoredLinear } from './linear-model.js';

export { buildLinearModel, scoreInto, type LinearModel, type StoredLinear } from './linear-model.js';

export class PerceptronTrainer {
  /** Key -> row: open addressing, the key then row + 1 (0 = empty) per slot; a Map cost a third of training. */
  private index = new Int32Array(1 << 18);
  private keys = new Int32Array(1 << 16);
  private w: Float32Array;
  private total: Float64Array;
  private stamp: Int32Array;
  private rows = 0;
  /** Update count: the clock of the averaging. */
  step = 1;

  constructor(readonly nClasses: number) {
    if (nClasses > 255) throw new Error('at most 255 classes');
    this.w = new Float32Array(this.keys.length * nClasses);
    this.total = new Float64Array(this.keys.length * nClasses);
    this.stamp = new Int32Array(this.keys.length * nClasses);
  }

  get features(): number {
    return this.rows;
  }

  score(keys: Int32Array, n: number, out: Float64Array): void {
    out.fill(0);
    const K = this.nClasses;
    const w = this.w;
    for (let f = 0; f < n; f++) {
      const row = this.find(keys[f]);
      if (row < 0) continue;
      const base = row * K;
      for (let c = 0; c < K; c++) out[c] += w[base + c];
    }
  }

  /** One mistake: the gold class gains `amount`, the predicted one loses it. */
  update(keys: Int32Array, n: number, gold: number, predicted: number, amount = 1): void {
    if (gold === predicted) return;
    for (let f = 0; f < n; f++) {
      const base = this.row(keys[f]) * this.nClasses;
      this.bump(base + gold, amount);
      this.bump(base + predicted, -amount);
    }
  }

  /** Advance the averaging clock: call once per training example. */
  tick(): void {
    this.step++;
  }

  private bump(j: number, delta: number): void {
    this.total[j] += (this.step - this.stamp[j]) * this.w[j];
    this.stamp[j] = this.step;
    this.w[j] += delta;
  }

  /** The key's row, or -1. */
  private find(key: number): number {
    const index = this.index;
    const mask = (index.length >>> 1) - 1;
    for (let slot = (key ^ (key >>> 15)) & mask; ; slot = (slot + 1) & mask) {
      const r = index[(slot << 1) + 1];
      if (r === 0) return -1;
      if (index[slot << 1] === key) return r - 1;
    }
  }

  private row(key: number): number {
    const found = this.find(key);
    if (found >= 0) return found;
    const row = this.rows++;
    if (row >= this.keys.length) this.grow();
    this.keys[row] = key;
    if (this.rows * 2 > this.index.length >>> 1) this.rehash();
    else this.insert(key, row);
    return row;
  }

  private insert(key: number, row: number): void {
    const index = this.index;
    const mask = (index.length >>> 1) - 1;
    let slot = (key ^ (key >>> 15)) & mask;
    while (index[(slot << 1) + 1] !== 0) slot = (slot + 1) & mask;
    index[slot << 1] = key;
    index[(slot << 1) + 1] = row + 1;
  }

  /** Doubles the index (kept at most half full) and re-inserts every row. */
  private rehash(): void {
    this.index = new Int32Array(this.index.length * 2);
    for (let r = 0; r < this.rows; r++) this.insert(this.keys[r], r);
  }

  private grow(): void {
    const cap = this.keys.length * 2;
    const K = this.nClasses;
    const keys = new Int32Array(cap);
    keys.set(this.keys);
    const w = new Float32Array(cap * K);
    w.set(this.w);
    const total = new Float64Array(cap * K);
    total.set(this.total);
    const stamp = new Int32Array(cap * K);
    stamp.set(this.stamp);
    this.keys = keys;
    this.w = w;
    this.total = total;
    this.stamp = stamp;
  }

  /**
   * Averaged weights with |w| < minWeight dropped, and whole features whose largest |w| is under
   * minFeature (features left with no weight are dropped too). Fewer features make a smaller table,
   * and the table's size is most of a lookup's cost.
   */
  finish(minWeight: number, minFeature = 0): StoredLinear {
    const K = this.nClasses;
    const T = this.step;
    const keys: number[] = [];
    const counts: number[] = [];
    const cls: number[] = [];
    const weight: number[] = [];
    const avg = new Float64Array(K);
    for (let r = 0; r < this.rows; r++) {
      let max = 0;
      for (let c = 0; c < K; c++) {
        const j = r * K + c;
        avg[c] = (this.total[j] + (T - this.stamp[j]) * this.w[j]) / T;
        max = Math.max(max, Math.abs(avg[c]));
      }
      if (max < minFeature) continue;
      let n = 0;
      for (let c = 0; c < K; c++) {
        if (Math.abs(avg[c]) < minWeight) continue;
        cls.push(c);
        weight.push(avg[c]);
        n++;
      }
      if (n > 0) {
        keys.push(this.keys[r]);
        counts.push(n);
      }
    }
    return { nClasses: K, keys: Int32Array.from(keys), counts: Uint8Array.from(counts), cls: Uint8Array.from(cls), weight: Float32Array.from(weight) };
  }

  /** The current averaged model, for scoring dev data between epochs. */
  snapshot(minWeight = 0.001): LinearModel {
    const s = this.finish(minWeight);
    return buildLinearModel(s.nClasses, s.keys, s.counts, s.cls, s.weight);
  }
}

/** Fisher-Yates shuffle in place with a seeded generator: the epoch order of the trainers. */
export function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
}
