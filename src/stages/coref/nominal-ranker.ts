// Definite descriptions to a named entity by mention ranking: every candidate of
// ./nominal-features.ts (the entities named lately, and "none") is scored by a linear model learned
// on GUM train's coreference chains (data/models/coref-nominal-ranker.json, scripts/train-coref.mjs),
// the best one wins. Learned rather than ruled because the rules alone (./nominal-resolver.ts, which
// the ranker reads as one feature) know a few dozen nouns: GUM train has some 1,900 descriptions in
// chains with a name, and the noun's word cluster against the entity's type carries "the storm" to
// an event and "the parents" to people without a word list. Without the model file the rules decide.
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
