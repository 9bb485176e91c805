// Decoding with the name tagger's trained passes. Emission scores are sums of feature weights, and
// building a feature string per feature per token would dominate the cost, so:
// - the passes' weights are stacked: one row per feature holds every pass's weights side by side, so
//   one lookup serves all passes (they share every feature but the second pass's document features);
// - a token's word features and those it lends its neighbours (±1, ±2) depend only on the word: they
//   are summed once per distinct word and cached;
// - context features arrive as (template, value) pairs whose values are strings the document already
//   holds (POS tags, lower-case words, shapes); the weight rows are indexed by template and value when
//   the model loads, so a lookup hashes no new string and a feature the model lacks costs one miss;
//   pair features go further, with values interned to numbers (ner-pair-scorer.ts).
// What is left per token is about twenty map lookups and a Viterbi step per pass.
import { viterbi, type SequenceWeights, type TransitionMask } from '../../../models/sequence-perceptron.js';
import type { LoadedSequenceModel } from '../../../models/stored-sequence-weights.js';
import { DOC_ONE } from './ner-doc-features.js';
import {
  CONTEXT_FLAGS, CONTEXT_ONE, NEIGHBOUR_OFFSETS, atOffset, boundaryFeature, contextFeatures, visitWordFeatures,
  type DocView, type FeatureSink, type WordFeatureSink,
} from './ner-features.js';
import type { NerGazetteer } from './ner-gazetteer.js';
import { NerPairScorer } from './ner-pair-scorer.js';

/** Every pass's weights side by side: row r holds pass 0's nTags weights, then pass 1's, ... */
interface StackedWeights {
  index: Map<string, number>;
  rows: Float32Array;
  /** nTags × passes. */
  width: number;
}

function stack(passes: readonly LoadedSequenceModel[]): StackedWeights {
  const nTags = passes[0].weights.nTags;
  const width = nTags * passes.length;
  const index = new Map<string, number>();
  for (const p of passes) for (const name of p.index.keys()) if (!index.has(name)) index.set(name, index.size);
  const rows = new Float32Array(index.size * width);
  passes.forEach((p, k) => {
    for (const [name, f] of p.index) rows.set(p.weights.emission.subarray(f * nTags, (f + 1) * nTags), index.get(name)! * width + k * nTags);
  });
  return { index, rows, width };
}

/** Slots of a cached word vector: the word at the token itself, then as the neighbour at -2, -1, +1, +2. */
const SLOTS = 1 + NEIGHBOUR_OFFSETS.length;
const WORD_CACHE_LIMIT = 100_000;

/** Adds the weight rows of context features to one token's scores, in columns [lo, hi). */
class ScoreSink implements FeatureSink {
  scores = new Float64Array(0);
  at = 0;
  lo = 0;
  hi = 0;
  private readonly flags = new Map<string, Float32Array>();
  private readonly ones = new Map<string, Map<string, Float32Array>>();

  constructor(w: StackedWeights) {
    const flags = new Set<string>(CONTEXT_FLAGS);
    const ones = new Set<string>([...CONTEXT_ONE, ...DOC_ONE]);
    for (const [name, r] of w.index) {
      const row = w.rows.subarray(r * w.width, (r + 1) * w.width);
      if (flags.has(name)) {
        this.flags.set(name, row);
        continue;
      }
      const eq = name.indexOf('=');
      if (eq < 0) continue;
      const template = name.slice(0, eq);
      const value = name.slice(eq + 1);
      if (ones.has(template)) {
        let byValue = this.ones.get(template);
        if (!byValue) this.ones.set(template, (byValue = new Map()));
        byValue.set(value, row);
      }
    }
  }

  private add(row: Float32Array | undefined): void {
    if (row === undefined) return;
    const { scores, at, hi } = this;
    for (let t = this.lo; t < hi; t++) scores[at + t] += row[t];
  }

  flag(name: string): void {
    this.add(this.flags.get(name));
  }

  one(template: string, value: string): void {
    this.add(this.ones.get(template)?.get(value));
  }

  two(): void {
    // Pair features are scored by NerPairScorer (contextFeatures is called with pairs: false).
    throw new Error('pair features are scored by NerPairScorer');
  }
}

/** Feature numbers found so far in one group (a word has a few dozen features). */
class FeatureGroup {
  ids = new Int32Array(64);
  n = 0;

  push(b: number): void {
    if (this.n === this.ids.length) {
      const grown = new Int32Array(this.n * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.n++] = b;
  }
}

/** Collects a word's features as numbers (features the model lacks are left out), by offset group. */
class FoundFeatures implements WordFeatureSink {
  readonly atToken = new FeatureGroup();
  readonly atNear = new FeatureGroup();
  readonly atFar = new FeatureGroup();

  constructor(private readonly baseOf: Map<string, Map<string, number>>) {}

  reset(): void {
    this.atToken.n = this.atNear.n = this.atFar.n = 0;
  }

  private find(template: string, value: string, group: FeatureGroup): void {
    const b = this.baseOf.get(template)?.get(value);
    if (b !== undefined) group.push(b);
  }

  center(template: string, value: string): void {
    this.find(template, value, this.atToken);
  }

  near(template: string, value: string): void {
    this.find(template, value, this.atNear);
  }

  far(template: string, value: string): void {
    this.find(template, value, this.atFar);
  }
}

/** Second-pass features of token i, given the tags of the pass before. */
export type DocFeaturesOf = (tags: Uint8Array) => (i: number, sink: FeatureSink) => void;

const CAPITALISED = /^\p{Lu}|^\d/u;

export class NerDecoder {
  private readonly nTags: number;
  private readonly weights: StackedWeights;
  private readonly passes: SequenceWeights[];
  /**
   * Word vectors, SLOTS × width numbers each, side by side in one array (`pool`), found by word
   * (`cache`: word -> its place). One array, not a typed array per word: a new word allocates nothing,
   * and summing a token's neighbours reads one array instead of chasing five.
   */
  private readonly cache = new Map<string, number>();
  private pool = new Float32Array(0);
  private pooled = 0;
  /**
   * Per word feature, by template and value ("l", "the"): a number b, and slotRows[b * SLOTS + slot]
   * its row at the token itself (slot 0), then seen from each neighbour offset ("-2l=the", ...), -1
   * where the model lacks it. A new word's vector then builds no feature strings and costs one lookup
   * per feature, most of them in small maps (prefixes, suffixes, shapes).
   */
  private readonly baseOf = new Map<string, Map<string, number>>();
  private slotRows = new Int32Array(0);
  private readonly found = new FoundFeatures(this.baseOf);
  /** Per neighbour offset: the boundary feature's weights, for positions outside the sentence. */
  private readonly boundary: Float32Array;
  private readonly sink: ScoreSink;
  private readonly pairs: NerPairScorer;
  private column = new Float64Array(0);
  /** The scores of a token fixed to O: 0 for O, -Infinity for every other tag, in every pass. */
  private readonly fixedO: Float64Array;
  private work = { delta: new Float64Array(0), back: new Int32Array(0) };

  constructor(
    passes: readonly LoadedSequenceModel[],
    private readonly gaz: NerGazetteer,
    private readonly mask: TransitionMask,
  ) {
    this.nTags = passes[0].weights.nTags;
    this.passes = passes.map((p) => p.weights);
    this.weights = stack(passes);
    this.fixedO = Float64Array.from({ length: this.weights.width }, (_, t) => (t % this.nTags === 0 ? 0 : -Infinity));
    this.sink = new ScoreSink(this.weights);
    const { index, rows } = this.weights;
    const rowOf = (name: string) => rows.subarray(index.get(name)! * this.weights.width, (index.get(name)! + 1) * this.weights.width);
    this.pairs = new NerPairScorer(index.keys(), rowOf);
    const width = this.weights.width;
    this.indexSlots();
    this.boundary = new Float32Array(NEIGHBOUR_OFFSETS.length * width);
    NEIGHBOUR_OFFSETS.forEach((k, slot) => this.addRow(boundaryFeature(k), this.boundary, slot * width));
  }

  /** All passes' weights of the feature named `name`, side by side, or null when the model lacks it. */
  featureRow(name: string): Float32Array | null {
    const r = this.weights.index.get(name);
    const { rows, width } = this.weights;
    return r === undefined ? null : rows.subarray(r * width, (r + 1) * width);
  }

  private addRow(name: string, out: Float32Array, at: number): void {
    const r = this.weights.index.get(name);
    if (r !== undefined) this.addRowAt(r, out, at);
  }

  private addRowAt(r: number, out: Float32Array, at: number): void {
    const { rows, width } = this.weights;
    for (let t = 0; t < width; t++) out[at + t] += rows[r * width + t];
  }

  /** Fills baseOf/slotRows from the model's feature names ("l=the", "-1l=the", "+2l=the", ...). */
  private indexSlots(): void {
    const prefixes = new Map(NEIGHBOUR_OFFSETS.map((k, s) => [atOffset(k, ''), s + 1]));
    const entries: [number, number, number][] = [];
    let bases = 0;
    for (const [name, r] of this.weights.index) {
      const slot = prefixes.get(name.slice(0, 2)) ?? 0;
      const base = slot === 0 ? name : name.slice(2);
      const eq = base.indexOf('=');
      if (eq < 0) continue; // flags and boundary marks: no word feature
      const template = base.slice(0, eq);
      const value = base.slice(eq + 1);
      let byValue = this.baseOf.get(template);
      if (!byValue) this.baseOf.set(template, (byValue = new Map()));
      let b = byValue.get(value);
      if (b === undefined) byValue.set(value, (b = bases++));
      entries.push([b, slot, r]);
    }
    this.slotRows = new Int32Array(bases * SLOTS).fill(-1);
    for (const [b, slot, r] of entries) this.slotRows[b * SLOTS + slot] = r;
  }

  /** The word's summed word-feature weights in each slot (itself, then as each neighbour). */
  wordVector(norm: string): Float32Array {
    const at = this.wordAt(norm);
    return this.pool.slice(at, at + SLOTS * this.weights.width);
  }

  /** Where the word's vector starts in `pool`, computing it the first time the word is seen. */
  private wordAt(norm: string): number {
    const cached = this.cache.get(norm);
    if (cached !== undefined) return cached;
    const width = this.weights.width;
    const size = SLOTS * width;
    if ((this.pooled + 1) * size > this.pool.length) {
      // A news article brings a few hundred new words; a corpus, tens of thousands.
      const grown = new Float32Array(Math.max(8192, this.pooled * 2) * size);
      grown.set(this.pool.subarray(0, this.pooled * size));
      this.pool = grown;
    }
    const at = this.pooled++ * size;
    const vec = this.pool;
    const found = this.found;
    found.reset();
    visitWordFeatures(norm, this.gaz, found);
    const { slotRows } = this;
    // The same sums in the same order as adding the rows of "t=v" and of atOffset(k, "t=v") by name.
    for (let q = 0; q < found.atToken.n; q++) {
      const r = slotRows[found.atToken.ids[q] * SLOTS];
      if (r >= 0) this.addRowAt(r, vec, at);
    }
    for (let s = 0; s < NEIGHBOUR_OFFSETS.length; s++) {
      const group = Math.abs(NEIGHBOUR_OFFSETS[s]) === 1 ? found.atNear : found.atFar;
      for (let q = 0; q < group.n; q++) {
        const r = slotRows[group.ids[q] * SLOTS + s + 1];
        if (r >= 0) this.addRowAt(r, vec, at + (s + 1) * width);
      }
    }
    this.cache.set(norm, at);
    return at;
  }

  /** Tags every token of the document into `out`, pass after pass, each sentence by Viterbi. */
  tag(v: DocView, docFeaturesOf: DocFeaturesOf, out: Uint8Array): void {
    const { nTags, sink } = this;
    const width = this.weights.width;
    const tokens = v.tokens;
    const n = tokens.length;
    if (sink.scores.length < n * width) sink.scores = new Float64Array(n * width * 2);
    const scores = sink.scores;
    // Names in English news are capitalised: a token with no capitalised word within two places of
    // it in its sentence is outside any name, so it skips feature scoring and is fixed to O (tag 0)
    // in every pass. Same dev F1; most of the feature work on running prose is saved.
    const near = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      if (!CAPITALISED.test(tokens[i].norm)) continue;
      const lo = Math.max(v.sentFirst[i], i - 2);
      const hi = Math.min(v.sentEnd[i], i + 3);
      for (let j = lo; j < hi; j++) near[j] = 1;
    }
    this.pairs.prepare(v, near);
    // The cache is emptied between documents, never inside one (a place handed out stays valid).
    if (this.cache.size >= WORD_CACHE_LIMIT) {
      this.cache.clear();
      this.pooled = 0;
    }
    const vecs = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      if (near[i] || (i > 0 && near[i - 1]) || (i + 1 < n && near[i + 1]) || (i > 1 && near[i - 2]) || (i + 2 < n && near[i + 2])) vecs[i] = this.wordAt(tokens[i].norm);
    }
    const pool = this.pool;
    const boundary = this.boundary;
    sink.lo = 0;
    sink.hi = width;
    for (let i = 0; i < n; i++) {
      const at = i * width;
      if (!near[i]) {
        scores.set(this.fixedO, at);
        continue;
      }
      const own = vecs[i];
      for (let t = 0; t < width; t++) scores[at + t] = pool[own + t];
      const first = v.sentFirst[i];
      const end = v.sentEnd[i];
      for (let s = 0; s < NEIGHBOUR_OFFSETS.length; s++) {
        const j = i + NEIGHBOUR_OFFSETS[s];
        if (j < first || j >= end) {
          for (let t = 0; t < width; t++) scores[at + t] += boundary[s * width + t];
        } else {
          const base = vecs[j] + (s + 1) * width;
          for (let t = 0; t < width; t++) scores[at + t] += pool[base + t];
        }
      }
      sink.at = at;
      contextFeatures(v, i, sink, false);
      this.pairs.score(v, i, scores, at, width);
    }
    for (let p = 0; p < this.passes.length; p++) {
      if (p > 0) {
        const extra = docFeaturesOf(out.slice(0, n));
        sink.lo = p * nTags;
        sink.hi = (p + 1) * nTags;
        for (let i = 0; i < n; i++) {
          // A token fixed to O stays O whatever its O column adds up to.
          if (!near[i]) continue;
          sink.at = i * width;
          extra(i, sink);
        }
      }
      this.decodePass(v, p, n, out);
    }
  }

  /** Viterbi over each sentence with pass p's columns of the scores. */
  private decodePass(v: DocView, p: number, n: number, out: Uint8Array): void {
    const { nTags } = this;
    const width = this.weights.width;
    const scores = this.sink.scores;
    if (this.column.length < n * nTags) this.column = new Float64Array(n * nTags * 2);
    const column = this.column;
    for (let i = 0; i < n; i++) for (let t = 0; t < nTags; t++) column[i * nTags + t] = scores[i * width + p * nTags + t];
    const { transition, end } = this.passes[p];
    for (let i = 0; i < n; ) {
      const first = v.sentFirst[i];
      const last = v.sentEnd[i];
      const len = last - first;
      if (this.work.delta.length < len * nTags) this.work = { delta: new Float64Array(len * nTags * 2), back: new Int32Array(len * nTags * 2) };
      viterbi(column.subarray(first * nTags, last * nTags), len, nTags, transition, end, this.mask, out.subarray(first, last), this.work);
      i = last;
    }
  }
}
