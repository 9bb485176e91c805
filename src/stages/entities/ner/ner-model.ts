// Decoding with a trained pass of the name tagger. Emission scores are sums of feature weights, and
// building a feature string per feature per token would dominate the cost, so:
// - a token's word features and those it lends its neighbours (±1, ±2) depend only on the word: they
//   are summed once per distinct word and cached;
// - context features arrive as (template, value) pairs whose values are strings the document already
//   holds (POS tags, lower-case words, shapes); the model's weight rows are indexed by template and
//   value when it loads, so a lookup hashes no new string and a feature the model lacks costs a miss.
// What is left per token is about twenty map lookups and a Viterbi step.
import { viterbi, type LoadedSequenceModel, type TransitionMask } from '../../../models/sequence-perceptron.js';
import { DOC_ONE } from './ner-doc-features.js';
import {
  CONTEXT_FLAGS, CONTEXT_ONE, CONTEXT_TWO, NEIGHBOUR_OFFSETS, atOffset, boundaryFeature, contextFeatures, wordFeatures,
  type DocView, type FeatureSink,
} from './ner-features.js';
import type { NerGazetteer } from './ner-gazetteer.js';

/** Slots of a cached word vector: the word at the token itself, then as the neighbour at -2, -1, +1, +2. */
const SLOTS = 1 + NEIGHBOUR_OFFSETS.length;
const WORD_CACHE_LIMIT = 100_000;

/** Adds the weight rows of context features to one token's scores. */
class ScoreSink implements FeatureSink {
  scores = new Float64Array(0);
  at = 0;
  private readonly flags = new Map<string, Float32Array>();
  private readonly ones = new Map<string, Map<string, Float32Array>>();
  private readonly twos = new Map<string, Map<string, Map<string, Float32Array>>>();

  constructor(
    private readonly model: LoadedSequenceModel,
    private readonly nTags: number,
  ) {
    const flags = new Set<string>(CONTEXT_FLAGS);
    const ones = new Set<string>([...CONTEXT_ONE, ...DOC_ONE]);
    const twos = new Set<string>(CONTEXT_TWO);
    for (const [name, f] of model.index) {
      const row = model.weights.emission.subarray(f * nTags, (f + 1) * nTags);
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
      } else if (twos.has(template)) {
        const bar = value.indexOf('|');
        let byA = this.twos.get(template);
        if (!byA) this.twos.set(template, (byA = new Map()));
        let byB = byA.get(value.slice(0, bar));
        if (!byB) byA.set(value.slice(0, bar), (byB = new Map()));
        byB.set(value.slice(bar + 1), row);
      }
    }
  }

  row(name: string): Float32Array | null {
    const f = this.model.index.get(name);
    if (f === undefined) return null;
    return this.model.weights.emission.subarray(f * this.nTags, (f + 1) * this.nTags);
  }

  private add(row: Float32Array | undefined): void {
    if (row === undefined) return;
    const { scores, at, nTags } = this;
    for (let t = 0; t < nTags; t++) scores[at + t] += row[t];
  }

  flag(name: string): void {
    this.add(this.flags.get(name));
  }

  one(template: string, value: string): void {
    this.add(this.ones.get(template)?.get(value));
  }

  two(template: string, a: string, b: string): void {
    this.add(this.twos.get(template)?.get(a)?.get(b));
  }
}

export class NerPass {
  private readonly nTags: number;
  private readonly cache = new Map<string, Float32Array>();
  /** Per neighbour offset: the boundary feature's weights, for positions outside the sentence. */
  private readonly boundary: Float32Array;
  private readonly sink: ScoreSink;
  private work = { delta: new Float64Array(0), back: new Int32Array(0) };

  constructor(
    private readonly model: LoadedSequenceModel,
    private readonly gaz: NerGazetteer,
    private readonly mask: TransitionMask,
  ) {
    this.nTags = model.weights.nTags;
    this.sink = new ScoreSink(model, this.nTags);
    this.boundary = new Float32Array(NEIGHBOUR_OFFSETS.length * this.nTags);
    NEIGHBOUR_OFFSETS.forEach((k, slot) => this.addRow(boundaryFeature(k), this.boundary, slot * this.nTags));
  }

  private addRow(name: string, out: Float32Array, at: number): void {
    const row = this.sink.row(name);
    if (row) for (let t = 0; t < this.nTags; t++) out[at + t] += row[t];
  }

  /** The word's summed word-feature weights in each slot. */
  wordVector(norm: string): Float32Array {
    let vec = this.cache.get(norm);
    if (vec) return vec;
    const nTags = this.nTags;
    const out = new Float32Array(SLOTS * nTags);
    const wf = wordFeatures(norm, this.gaz);
    for (const f of wf.center) this.addRow(f, out, 0);
    NEIGHBOUR_OFFSETS.forEach((k, s) => {
      for (const f of Math.abs(k) === 1 ? wf.near : wf.far) this.addRow(atOffset(k, f), out, (s + 1) * nTags);
    });
    if (this.cache.size >= WORD_CACHE_LIMIT) this.cache.clear();
    this.cache.set(norm, out);
    vec = out;
    return vec;
  }

  /**
   * Tags every token of the document into `out`, sentence by sentence; `extra` adds the second
   * pass's document features of a token.
   */
  tag(v: DocView, extra: ((i: number, sink: FeatureSink) => void) | null, out: Uint8Array): void {
    const nTags = this.nTags;
    const tokens = v.tokens;
    const n = tokens.length;
    const sink = this.sink;
    if (sink.scores.length < n * nTags) sink.scores = new Float64Array(n * nTags * 2);
    const scores = sink.scores;
    const vecs: Float32Array[] = new Array(n);
    for (let i = 0; i < n; i++) vecs[i] = this.wordVector(tokens[i].norm);
    for (let i = 0; i < n; i++) {
      const at = i * nTags;
      const own = vecs[i];
      for (let t = 0; t < nTags; t++) scores[at + t] = own[t];
      const first = v.sentFirst[i];
      const end = v.sentEnd[i];
      for (let s = 0; s < NEIGHBOUR_OFFSETS.length; s++) {
        const j = i + NEIGHBOUR_OFFSETS[s];
        const outside = j < first || j >= end;
        const src = outside ? this.boundary : vecs[j];
        const base = outside ? s * nTags : (s + 1) * nTags;
        for (let t = 0; t < nTags; t++) scores[at + t] += src[base + t];
      }
      sink.at = at;
      contextFeatures(v, i, sink);
      if (extra) extra(i, sink);
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
