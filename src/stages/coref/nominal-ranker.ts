// Definite descriptions to a named entity by mention ranking: every candidate of
// ./nominal-features.ts (the entities named lately, and "none") is scored by a linear model learned
// on GUM train's coreference chains (data/models/coref-nominal-ranker.json, scripts/train-coref.mjs),
// the best one wins. Learned rather than ruled because how much a predicate, an apposition, a name
// word, a title or recency should count against leaving a description unlinked is a trade-off the
// data measures: 4-fold on GUM train the ranker links 0.52 of the descriptions with a named
// antecedent rightly against the rules' 0.47 (./nominal-resolver.ts, which it reads as one feature),
// and leaves as many of the others unlinked (0.965 against 0.964). Without the model file the rules decide.
import type { Doc } from '../../core/document.js';
import type { Entity } from '../../core/records/entity.js';
import { loadData } from '../../data/load.js';
import { score, type PerceptronWeights } from '../../models/averaged-perceptron.js';
import type { Gender } from './agreement.js';
import type { MentionHistory } from './mention-history.js';
import { nominalCandidates, type RankedCandidate } from './nominal-features.js';
import { ruleNominal, type Nominal } from './nominal-resolver.js';

export const NOMINAL_MODEL = 'models/coref-nominal-ranker.json';

let model: PerceptronWeights | null | undefined;
function ranker(): PerceptronWeights | null {
  if (model === undefined) {
    try {
      model = loadData<PerceptronWeights>(NOMINAL_MODEL);
    } catch {
      model = null;
    }
  }
  return model;
}

/** Training reads every description's candidates through this (scripts/train-coref.mjs); null otherwise. */
let trace: ((n: Nominal, candidates: RankedCandidate[]) => void) | null = null;
let useRules = false;

/** For training: see each description's candidates; `rulesOnly` decides by the rules as without a model. */
export function traceNominals(sink: typeof trace, rulesOnly = false): void {
  trace = sink;
  useRules = rulesOnly;
}

export function resolveNominal(doc: Doc, history: MentionHistory, genders: Map<Entity, Gender | null>, n: Nominal): Entity | null {
  const rule = ruleNominal(doc, history, genders, n);
  const m = useRules ? null : ranker();
  if (!m && !trace) return rule;
  const candidates = nominalCandidates(doc, history, genders, n, rule);
  trace?.(n, candidates);
  if (!m) return rule;
  let best: Entity | null = null;
  let bestScore = -Infinity;
  for (const c of candidates) {
    const s = score(m, c.features);
    if (s > bestScore) { bestScore = s; best = c.entity; }
  }
  return best;
}
