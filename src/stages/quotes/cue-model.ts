// The learned cue classifier (data/models/cue-perceptron.json, built by scripts/train-cue-model.mjs):
// scores whether a token is part of an attribution cue in its context.
//
// The stored weights are keyed by feature strings ("l+n1=say|that"). Building those strings and
// hashing them against 170,000 keys cost about a microsecond a feature, 6% of extraction; here the
// features arrive as parts (cue-features.ts) and are looked up in maps nested by part, so a lookup
// hashes strings the tokens already hold. The sum is the same as the strings' sum, term for term.
import { loadData } from '../../data/load.js';
import type { PerceptronWeights } from '../../models/averaged-perceptron.js';
import { visitCueFeatures, type CueFeatureContext, type CueFeatureSink } from './cue-features.js';

type Pairs = Map<string, Map<string, number>>;
type Triples = Map<string, Pairs>;

/** Every way to cut `value` at '|' into `parts` pieces: a value may itself hold a '|' ("p1+l+n1=PROPN|||PROPN"). */
function* splits(value: string, parts: number): Generator<string[]> {
  if (parts === 1) {
    yield [value];
    return;
  }
  for (let bar = value.indexOf('|'); bar >= 0; bar = value.indexOf('|', bar + 1)) {
    for (const rest of splits(value.slice(bar + 1), parts - 1)) yield [value.slice(0, bar), ...rest];
  }
}

/** The stored weights, looked up by a feature's parts; sums the weights of the features it is handed. */
export class CueWeights implements CueFeatureSink {
  sum = 0;
  /** Template -> value -> weight; a key without '=' is a flag. */
  private readonly byTemplate = new Map<string, Map<string, number>>();
  private readonly flags = new Map<string, number>();
  // Built on first use per template: which templates take two or three parts is the features' business.
  private readonly pairs = new Map<string, Pairs>();
  private readonly triples = new Map<string, Triples>();

  constructor(weights: Record<string, number>) {
    for (const [key, w] of Object.entries(weights)) {
      const eq = key.indexOf('=');
      if (eq < 0) {
        this.flags.set(key, w);
        continue;
      }
      const template = key.slice(0, eq);
      let values = this.byTemplate.get(template);
      if (!values) this.byTemplate.set(template, (values = new Map()));
      values.set(key.slice(eq + 1), w);
    }
  }

  one(template: string, a: string): void {
    this.sum += this.byTemplate.get(template)?.get(a) ?? 0;
  }

  two(template: string, a: string, b: string): void {
    let table = this.pairs.get(template);
    if (!table) this.pairs.set(template, (table = this.nest(template, 2) as Pairs));
    this.sum += table.get(a)?.get(b) ?? 0;
  }

  three(template: string, a: string, b: string, c: string): void {
    let table = this.triples.get(template);
    if (!table) this.triples.set(template, (table = this.nest(template, 3) as Triples));
    this.sum += table.get(a)?.get(b)?.get(c) ?? 0;
  }

  flag(name: string): void {
    this.sum += this.flags.get(name) ?? 0;
  }

  /** The template's values nested by their parts: parts joined by '|' give back the stored value. */
  private nest(template: string, parts: number): Map<string, unknown> {
    const root = new Map<string, unknown>();
    for (const [value, w] of this.byTemplate.get(template) ?? []) {
      for (const cut of splits(value, parts)) {
        let level = root;
        for (let k = 0; k < cut.length - 1; k++) {
          let next = level.get(cut[k]) as Map<string, unknown> | undefined;
          if (!next) level.set(cut[k], (next = new Map()));
          level = next;
        }
        level.set(cut[cut.length - 1], w);
      }
    }
    return root;
  }
}

let model: { bias: number; weights: CueWeights; lemmas: Set<string> } | undefined;

// A lemma must be a cue this many times in PolNeAR train to be scored (measured on dev: see commit).
const MIN_LEMMA_COUNT = 5;

// Scores already computed for a document's tokens: extractors ask about the same token repeatedly.
const memo = new WeakMap<CueFeatureContext, Float64Array>();

export function cueScore(ctx: CueFeatureContext, i: number): number {
  let scores = memo.get(ctx);
  if (!scores) memo.set(ctx, (scores = new Float64Array(ctx.tokens.length).fill(Number.NaN)));
  if (!Number.isNaN(scores[i])) return scores[i];
  if (!model) {
    const raw = loadData<PerceptronWeights & { lemmas: Record<string, number> }>('models/cue-perceptron.json');
    const lemmas = new Set(Object.entries(raw.lemmas).filter(([, n]) => n >= MIN_LEMMA_COUNT).map(([l]) => l));
    model = { bias: raw.bias, weights: new CueWeights(raw.weights), lemmas };
  }
  // Only lemmas the training data marked as cues often enough are scored.
  if (!model.lemmas.has(ctx.tokens[i].lemma)) { scores[i] = -Infinity; return scores[i]; }
  model.weights.sum = model.bias;
  visitCueFeatures(ctx, i, model.weights);
  scores[i] = model.weights.sum;
  return scores[i];
}
