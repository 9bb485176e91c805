// Training of the POS tagger (src/stages/syntax/pos-tagger.ts) on treebank sentences: seeded
// shuffles, so the same data give the same model. Called by scripts/train-syntax.mjs.
import { hashString } from '../../models/feature-hash.js';
import { PerceptronTrainer, shuffle, type StoredLinear } from '../../models/hashed-perceptron.js';
import { rng } from '../../models/sequence-perceptron.js';
import { ambiguityClasses, MAX_TAGGER_FEATURES, NO_TAG, PosTagger, taggerFeatures, type TaggerData } from './pos-tagger.js';
import { SentenceWords } from './word-features.js';

export interface TaggedSentence {
  forms: string[];
  /** "UPOS\tXPOS" per word. */
  tags: string[];
}

export function taggerData(train: readonly TaggedSentence[]): TaggerData {
  const tagCount = new Map<string, number>();
  const byWord = new Map<string, Map<string, number>>();
  for (const s of train)
    s.forms.forEach((f, i) => {
      const tag = s.tags[i];
      tagCount.set(tag, (tagCount.get(tag) ?? 0) + 1);
      const low = f.toLowerCase();
      let m = byWord.get(low);
      if (!m) byWord.set(low, (m = new Map()));
      m.set(tag, (m.get(tag) ?? 0) + 1);
    });
  const tags = [...tagCount.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([t]) => t);
  if (tags.length > 250) throw new Error(`too many tag classes: ${tags.length}`);
  const ambiguity: Record<string, number> = {};
  for (const [word, m] of [...byWord.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    let total = 0;
    for (const c of m.values()) total += c;
    if (total < 3) continue;
    // Tags that make up at least 5% of the word's uses.
    const set = [...m.entries()].filter(([, c]) => c / total >= 0.05).map(([t]) => t.split('\t')[1]).sort();
    ambiguity[word] = hashString([...new Set(set)].join('|'));
  }
  return { tags, ambiguity };
}

/**
 * A second pass (Shen et al. 2007; Tsuruoka & Tsujii 2005: tags decided with the tags on both sides
 * in view) is trained on `second.right`, each training sentence's first-pass tags from a tagger that
 * did not see it (jackknifed), and scored on dev behind `second.first`.
 */
export function trainTagger(
  train: readonly TaggedSentence[],
  dev: readonly TaggedSentence[],
  epochs: number,
  seed: number,
  log: (line: string) => void,
  second: { first: PosTagger; right: readonly Uint8Array[] } | null = null,
): { stored: StoredLinear; data: TaggerData } {
  const data = second ? second.first.data : taggerData(train);
  const id = new Map(data.tags.map((t, i) => [t, i]));
  const trainer = new PerceptronTrainer(data.tags.length);
  const prepared = train.map((s) => ({ sw: new SentenceWords(s.forms), gold: s.tags.map((t) => id.get(t)!) }));
  const keys = new Int32Array(MAX_TAGGER_FEATURES);
  const scores = new Float64Array(data.tags.length);
  const random = rng(seed);
  const order = prepared.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    let correct = 0;
    let total = 0;
    for (const idx of order) {
      const { sw, gold } = prepared[idx];
      const amb = ambiguityClasses(sw, data);
      const right = second ? second.right[idx] : null;
      let t1 = NO_TAG;
      let t2 = NO_TAG;
      for (let i = 0; i < sw.n; i++) {
        const n = taggerFeatures(sw, amb, i, t1, t2, keys, right);
        trainer.score(keys, n, scores);
        let best = 0;
        for (let c = 1; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
        if (best !== gold[i]) trainer.update(keys, n, gold[i], best);
        else correct++;
        total++;
        trainer.tick();
        // Condition on the gold history (the model's own mistakes are rare enough at this accuracy).
        t2 = t1;
        t1 = gold[i];
      }
    }
    const tagger = new PosTagger(trainer.snapshot(), data, second?.first ?? null);
    const d = { upos: 0, xpos: 0 };
    tagAccuracy(tagger, dev, d);
    log(`tagger epoch ${epoch + 1}: train ${(correct / total).toFixed(4)}, dev UPOS ${d.upos.toFixed(4)} XPOS ${d.xpos.toFixed(4)} (${trainer.features} features)`);
  }
  return { stored: trainer.finish(0.001), data };
}

/** UPOS accuracy (and XPOS, in `detail`) on gold-tokenised sentences. */
export function tagAccuracy(tagger: PosTagger, sentences: readonly TaggedSentence[], detail?: { upos: number; xpos: number }): number {
  let upos = 0;
  let xpos = 0;
  let total = 0;
  for (const s of sentences) {
    const tags = tagger.tag(new SentenceWords(s.forms));
    s.tags.forEach((t, i) => {
      const [pu, px] = tagger.data.tags[tags[i]].split('\t');
      const [gu, gx] = t.split('\t');
      if (pu === gu) upos++;
      if (px === gx) xpos++;
      total++;
    });
  }
  if (detail) {
    detail.upos = upos / total;
    detail.xpos = xpos / total;
  }
  return upos / total;
}
