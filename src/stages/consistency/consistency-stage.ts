// Consistency stage: checks figures within an article.
//   sum       a stated total against the sum of the parts listed near it: "$1.5 billion pledged" and
//             three pledges of $500 million (parts: the amounts of pledge or aid events listed
//             together, in one sentence or in consecutive ones; total: a larger amount of the same
//             unit within a few sentences, preferring one the text calls a total)
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
// Participles the tagger reads as adjectives keep their own lemma ("43 wounded").
const CASUALTY_PARTICIPLES = new Map([['killed', 'kill'], ['wounded', 'wound'], ['injured', 'injure'], ['arrested', 'arrest'], ['evacuated', 'evacuate'], ['displaced', 'displace']]);

export const consistencyStage: Stage = {
  name: 'consistency',
  requires: ['tokens', 'sentences', 'amounts', 'events'],
  assigns: ['consistency'],
  run(doc: Doc) {
    doc.consistency = [...sumChecks(doc), ...conflictChecks(doc)];
  },
};

const sentenceOfOffset = (doc: Doc, offset: number) => Math.max(0, lowerBound(doc.sentences, offset + 1, (s) => s.start) - 1);

function sumChecks(doc: Doc): Consistency[] {
  const out: Consistency[] = [];
  const seenTotals = new Set<string>();
  for (const { parts, first, last } of partListings(doc)) {
    const unit = parts[0].unit;
    const sum = parts.reduce((n, p) => n + p.value, 0);
    const largest = parts.reduce((m, p) => Math.max(m, p.value), -Infinity);
    // The total: a larger amount of the same unit, outside the listing, within the window; one said
    // to be a total ("together", "in all", "a total of") first, then the nearest, then the closest to the sum.
    let total: Amount | null = null;
    let rank: [number, number, number] = [Infinity, Infinity, Infinity];
    for (const a of doc.amounts) {
      if (a.unit !== unit || parts.includes(a) || a.value <= largest) continue;
      const s = sentenceOfOffset(doc, a.start);
      const d = s < first ? first - s : s > last ? s - last : 0;
      if (d > WINDOW_SENTENCES) continue;
      const r: [number, number, number] = [saysTotal(doc, s) ? 0 : 1, d, Math.abs(a.value - sum)];
      if (r[0] < rank[0] || (r[0] === rank[0] && (r[1] < rank[1] || (r[1] === rank[1] && r[2] < rank[2])))) { total = a; rank = r; }
    }
    if (!total) continue;
    const key = `${total.value}|${unit}|${first}`;
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

interface Listing {
  parts: Amount[];
  /** First and last sentence of the listing. */
  first: number;
  last: number;
}

/**
 * Parts: the amounts carried by pledge or aid events, in text order, listed together: of one unit, in
 * one sentence or in sentences that follow one another ("The bank will lend $250 million, while the
 * fund pledged $150 million. Japan promised $100 million."). Two parts at least.
 */
function partListings(doc: Doc): Listing[] {
  const found: { amount: Amount; sentence: number }[] = [];
  for (const e of doc.events) {
    if (!e.amount) continue;
    const s = sentenceOfOffset(doc, e.trigger.start);
    const a = doc.amounts.find((x) => x.start > e.trigger.start && x.value === e.amount?.value && x.unit === e.amount.unit && sentenceOfOffset(doc, x.start) === s);
    if (a && !found.some((f) => f.amount === a)) found.push({ amount: a, sentence: s });
  }
  found.sort((x, y) => x.amount.start - y.amount.start);
  const listings: Listing[] = [];
  let current: Listing | null = null;
  for (const { amount, sentence } of found) {
    if (current && current.parts[0].unit === amount.unit && sentence - current.last <= 1) {
      current.parts.push(amount);
      current.last = sentence;
    } else {
      current = { parts: [amount], first: sentence, last: sentence };
      listings.push(current);
    }
  }
  return listings.filter((l) => l.parts.length >= 2);
}

const TOTAL_WORDS = /\b(?:total(?:s|l?ing|l?ed)?|together|altogether|combined|in all|overall|all told|sum of|bringing)\b/i;

/** The sentence says that a figure in it is a total. */
function saysTotal(doc: Doc, sentence: number): boolean {
  const s = doc.sentences[sentence];
  return TOTAL_WORDS.test(doc.text.slice(s.start, s.end));
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
  // The nearest one, after the number first: in "17 were killed and 43 wounded", 43 goes with "wounded".
  const casualty = (j: number): string | null => {
    if (j < 0 || j >= tokens.length || tokens[j].sentence !== tokens[k]?.sentence) return null;
    return CASUALTY_VERBS.has(tokens[j].lemma) ? tokens[j].lemma : (CASUALTY_PARTICIPLES.get(tokens[j].lower) ?? null);
  };
  for (let d = 1; d <= 5; d++) {
    const verb = casualty(k + d) ?? (d <= 3 ? casualty(k - d) : null);
    if (verb) return verb;
  }
  return null;
}
