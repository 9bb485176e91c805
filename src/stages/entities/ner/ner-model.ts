// Decoding with a trained pass of the name tagger. Emission scores are the sum of feature weights; the
// word-feature part of that sum (a token's own word features and those it lends to neighbours at
// ±1, ±2) depends only on the word, so it is summed once per distinct word and cached. What is left
// per token is about twenty context-feature lookups and a Viterbi step.
import { viterbi, type LoadedSequenceModel, type TransitionMask } from '../../../models/sequence-perceptron.js';
import { NEIGHBOUR_OFFSETS, atOffset, boundaryFeature, contextFeatures, wordFeatures, type DocView } from './ner-features.js';
import type { NerGazetteer } from './ner-gazetteer.js';

/** Slots of a cached word vector: the word at the token itself, then as the neighbour at -2, -1, +1, +2. */
const SLOTS = 1 + NEIGHBOUR_OFFSETS.length;
const CACHE_LIMIT = 100_000;

export class NerPass {
  private readonly nTags: number;
  private readonly cache = new Map<string, Float32Array>();
  /** Per neighbour offset: the boundary feature's weights, for positions outside the sentence. */
  private readonly boundary: Float32Array;
  private readonly buf: string[] = [];
  private scores = new Float64Array(0);
  private work = { delta: new Float64Array(0), back: new Int32Array(0) };

  constructor(
    private readonly model: LoadedSequenceModel,
    private readonly gaz: NerGazetteer,
    private readonly mask: TransitionMask,
  ) {
    this.nTags = model.weights.nTags;
    this.boundary = new Float32Array(NEIGHBOUR_OFFSETS.length * this.nTags);
    NEIGHBOUR_OFFSETS.forEach((k, slot) => this.addFeature(boundaryFeature(k), this.boundary, slot * this.nTags));
  }

  private addFeature(name: string, out: Float32Array | Float64Array, at: number): void {
    const f = this.model.index.get(name);
    if (f === undefined) return;
    const { emission } = this.model.weights;
    const row = f * this.nTags;
    for (let t = 0; t < this.nTags; t++) out[at + t] += emission[row + t];
  }

  /** The word's summed word-feature weights in each slot. */
  wordVector(norm: string): Float32Array {
    let vec = this.cache.get(norm);
    if (vec) return vec;
    const nTags = this.nTags;
    vec = new Float32Array(SLOTS * nTags);
    const wf = wordFeatures(norm, this.gaz);
    for (const f of wf.center) this.addFeature(f, vec, 0);
    NEIGHBOUR_OFFSETS.forEach((k, s) => {
      for (const f of Math.abs(k) === 1 ? wf.near : wf.far) this.addFeature(atOffset(k, f), vec!, (s + 1) * nTags);
    });
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(norm, vec);
    return vec;
  }

  /** Tags every token of the document into `out`, sentence by sentence. */
  tag(v: DocView, extra: readonly (readonly string[])[] | null, out: Uint8Array): void {
    const nTags = this.nTags;
    const tokens = v.tokens;
    const n = tokens.length;
    if (this.scores.length < n * nTags) this.scores = new Float64Array(n * nTags);
    const scores = this.scores;
    scores.fill(0, 0, n * nTags);
    const vecs: Float32Array[] = new Array(n);
    for (let i = 0; i < n; i++) vecs[i] = this.wordVector(tokens[i].norm);
    const buf = this.buf;
    for (let i = 0; i < n; i++) {
      const at = i * nTags;
      const own = vecs[i];
      for (let t = 0; t < nTags; t++) scores[at + t] = own[t];
      const first = v.sentFirst[i];
      const end = v.sentEnd[i];
      for (let s = 0; s < NEIGHBOUR_OFFSETS.length; s++) {
        const j = i + NEIGHBOUR_OFFSETS[s];
        const src = j < first || j >= end ? this.boundary : vecs[j];
        const base = j < first || j >= end ? s * nTags : (s + 1) * nTags;
        for (let t = 0; t < nTags; t++) scores[at + t] += src[base + t];
      }
      buf.length = 0;
      contextFeatures(v, i, buf);
      if (extra) for (const f of extra[i]) buf.push(f);
      for (const f of buf) this.addFeature(f, scores, at);
    }
    const { transition, end } = this.model.weights;
    for (let i = 0; i < n; ) {
      const first = v.sentFirst[i];
      const last = v.sentEnd[i];
      const len = last - first;
      if (this.work.delta.length < len * nTags) this.work = { delta: new Float64Array(len * nTags * 2), back: new Int32Array(len * nTags * 2) };
      viterbi(scores.subarray(first * nTags, last * nTags), len, nTags, transition, end, this.mask, out.subarray(first, last), this.work);
      i = last;
    }
  }
}
