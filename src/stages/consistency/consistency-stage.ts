// Consistency stage: checks figures within an article.
//   sum       a stated total against the sum of the parts listed near it: "$1.5 billion pledged" and,
//             in one sentence, three pledges of $500 million (parts: the amounts of pledge or aid
//             events that share a sentence; total: a larger amount of the same unit within a few
//             sentences before or after)
//   conflict  different figures for the same quantity: two exact counts of people with the same verb
//             ("killed 12 people" ... "killed 15 people")
import type { Doc } from '../../core/document.js';
import type { Amount } from '../../core/records/amount.js';
import type { Consistency } from '../../core/records/consistency.js';
import type { Stage } from '../../core/stage.js';
import { lowerBound } from '../../core/sorted.js';

const WINDOW_SENTENCES = 4;
const TOLERANCE = 0.005;
const CASUALTY_VERBS = new Set(['kill', 'wound', 'injure', 'die', 'dead', 'hurt', 'arrest', 'evacuate', 'displace']);

export const consistencyStage: Stage = {
  name: 'consistency',
  requires: ['amounts', 'events', 'sentences'],
  assigns: ['consistency'],
  run(doc: Doc) {
    doc.consistency = [...sumChecks(doc), ...conflictChecks(doc)];
  },
};

const sentenceOfOffset = (doc: Doc, offset: number) => Math.max(0, lowerBound(doc.sentences, offset + 1, (s) => s.start) - 1);

function sumChecks(doc: Doc): Consistency[] {
  const out: Consistency[] = [];
  // Parts: amounts carried by pledge/aid events, grouped by sentence.
  const bySentence = new Map<number, Amount[]>();
  for (const e of doc.events) {
    if (!e.amount) continue;
    const s = sentenceOfOffset(doc, e.trigger.start);
    const a = doc.amounts.find((x) => x.start > e.trigger.start && x.value === e.amount?.value && x.unit === e.amount.unit && sentenceOfOffset(doc, x.start) === s);
    if (!a) continue;
    const list = bySentence.get(s) ?? [];
    if (!list.includes(a)) list.push(a);
    bySentence.set(s, list);
  }
  const seenTotals = new Set<string>();
  for (const [s, parts] of bySentence) {
    if (parts.length < 2) continue;
    const unit = parts[0].unit;
    if (parts.some((p) => p.unit !== unit)) continue;
    const sum = parts.reduce((n, p) => n + p.value, 0);
    const largest = Math.max(...parts.map((p) => p.value));
    // The nearest larger amount of the same unit, outside the listing, within the window.
    let total: Amount | null = null;
    let distance = Infinity;
    for (const a of doc.amounts) {
      if (a.unit !== unit || parts.includes(a) || a.value <= largest) continue;
      const d = Math.abs(sentenceOfOffset(doc, a.start) - s);
      if (d > WINDOW_SENTENCES) continue;
      if (d < distance || (d === distance && total && Math.abs(a.value - sum) < Math.abs(total.value - sum))) { total = a; distance = d; }
    }
    if (!total) continue;
    const key = `${total.value}|${unit}|${s}`;
    if (seenTotals.has(key)) continue;
    seenTotals.add(key);
    const ok = Math.abs(sum - total.value) <= TOLERANCE * total.value;
    out.push({
      kind: 'consistency',
      check: 'sum',
      total: { value: total.value, unit },
      parts: parts.map((p) => ({ value: p.value, unit: p.unit })),
      status: ok ? 'consistent' : 'inconsistent',
      amounts: [total.id, ...parts.map((p) => p.id)],
      note: `${parts.length} parts sum to ${sum} ${unit}; stated total ${total.value} ${unit}`,
      extractor: 'consistency.sum.v1',
    });
  }
  return out;
}

function conflictChecks(doc: Doc): Consistency[] {
  const out: Consistency[] = [];
  const byVerb = new Map<string, Amount[]>();
  for (const a of doc.amounts) {
    if (a.unit !== 'people' || a.qualifier !== 'exact') continue;
    const verb = governingVerb(doc, a);
    if (!verb) continue;
    const list = byVerb.get(verb) ?? [];
    list.push(a);
    byVerb.set(verb, list);
  }
  for (const [verb, list] of byVerb) {
    const values = [...new Set(list.map((a) => a.value))];
    if (values.length < 2) continue;
    out.push({
      kind: 'consistency',
      check: 'conflict',
      total: { value: list[0].value, unit: 'people' },
      parts: list.slice(1).map((a) => ({ value: a.value, unit: a.unit })),
      status: 'inconsistent',
      amounts: list.map((a) => a.id),
      note: `different counts of people (${verb}): ${values.join(', ')}`,
      extractor: 'consistency.conflict.v1',
    });
  }
  return out;
}

/** The casualty verb next to a count of people: "wounding three people", "12 people were killed". */
function governingVerb(doc: Doc, a: Amount): string | null {
  const tokens = doc.tokens;
  const k = lowerBound(tokens, a.start, (t) => t.start);
  for (let j = Math.max(0, k - 3); j < Math.min(tokens.length, k + 6); j++) {
    if (tokens[j].sentence !== tokens[k]?.sentence) continue;
    if (CASUALTY_VERBS.has(tokens[j].lemma)) return tokens[j].lemma;
  }
  return null;
}
