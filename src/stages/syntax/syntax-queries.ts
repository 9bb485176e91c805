// Questions stages ask of a parsed sentence instead of counting tokens: children, subtree spans, the
// subject, object, passive agent and clausal complement of a predicate, the noun phrase around a
// token with its head, appositions, possessors and conjuncts. Indices are doc.tokens indices;
// -1 means "none". Relations are matched on their universal part ("nsubj" matches "nsubj:pass")
// unless a subtype is given.
import type { Doc } from '../../core/document.js';
import type { SyntaxLayer } from '../../core/syntax.js';

const SUBJECT = ['nsubj', 'csubj'];
const OBJECT = ['obj'];
const COMPLEMENT = ['ccomp', 'xcomp'];
/** Dependents that belong to a noun phrase's core (left out: clauses, appositions, conjuncts). */
const NP_CORE = new Set(['det', 'amod', 'compound', 'flat', 'nummod', 'nmod:poss', 'case', 'nmod', 'advmod', 'fixed', 'goeswith', 'dep']);
/** The core dependents inside the head's own words: a possessor or an "of" phrase is a noun phrase of its own. */
const NP_CLIMB = new Set(['det', 'amod', 'compound', 'flat', 'nummod', 'advmod', 'fixed', 'goeswith', 'dep']);

function matches(rel: string, wanted: readonly string[]): boolean {
  for (const w of wanted) {
    if (rel === w) return true;
    if (!w.includes(':') && rel.length > w.length && rel.charCodeAt(w.length) === 58 /* : */ && rel.startsWith(w)) return true;
  }
  return false;
}

export class SyntaxView {
  readonly layer: SyntaxLayer;
  private kids: number[][] | null = null;

  constructor(readonly doc: Doc) {
    if (!doc.syntax) throw new Error('the syntax stage has not run on this document');
    this.layer = doc.syntax;
  }

  head(i: number): number {
    return this.layer.head[i];
  }

  rel(i: number): string {
    return this.layer.deprel[i];
  }

  upos(i: number): string {
    return this.layer.upos[i];
  }

  lemma(i: number): string {
    return this.layer.lemma[i];
  }

  children(i: number): readonly number[] {
    if (!this.kids) {
      const kids: number[][] = this.layer.head.length ? Array.from({ length: this.layer.head.length }, () => []) : [];
      this.layer.head.forEach((h, d) => {
        if (h >= 0) kids[h].push(d);
      });
      this.kids = kids;
    }
    return this.kids[i] ?? [];
  }

  /** Children whose relation matches one of `rels`, in text order. */
  childrenWith(i: number, rels: readonly string[]): number[] {
    return this.children(i).filter((c) => matches(this.rel(c), rels));
  }

  childWith(i: number, rels: readonly string[]): number {
    for (const c of this.children(i)) if (matches(this.rel(c), rels)) return c;
    return -1;
  }

  /** First and last token index of i's subtree (inclusive). Iterative: depth is input-controlled. */
  subtree(i: number, keep: (child: number) => boolean = () => true): { first: number; last: number } {
    let first = i;
    let last = i;
    const todo = [i];
    while (todo.length) {
      const t = todo.pop()!;
      for (const c of this.children(t)) {
        if (t === i && !keep(c)) continue;
        if (c < first) first = c;
        if (c > last) last = c;
        todo.push(c);
      }
    }
    return { first, last };
  }

  /** Character span of a token range. */
  span(first: number, last: number): { start: number; end: number } {
    return { start: this.doc.tokens[first].start, end: this.doc.tokens[last].end };
  }

  isPassive(pred: number): boolean {
    return this.childWith(pred, ['nsubj:pass', 'csubj:pass', 'aux:pass']) >= 0;
  }

  subject(pred: number): number {
    return this.childWith(pred, SUBJECT);
  }

  object(pred: number): number {
    return this.childWith(pred, OBJECT);
  }

  complement(pred: number): number {
    return this.childWith(pred, COMPLEMENT);
  }

  /** The "by" phrase of a passive: obl:agent, or an obl whose case marker is "by". */
  agent(pred: number): number {
    const tagged = this.childWith(pred, ['obl:agent']);
    if (tagged >= 0) return tagged;
    for (const c of this.childrenWith(pred, ['obl'])) if (this.caseMarker(c) === 'by') return c;
    return -1;
  }

  /** The lemma of a nominal's case marker ("against", "on"), or ''. */
  caseMarker(i: number): string {
    const c = this.childWith(i, ['case']);
    return c >= 0 ? this.lemma(c).toLowerCase() : '';
  }

  /** Oblique dependents of a predicate whose case marker is one of `markers`. */
  obliques(pred: number, markers: readonly string[]): number[] {
    return this.childrenWith(pred, ['obl']).filter((c) => markers.includes(this.caseMarker(c)));
  }

  /** The head of the noun phrase a token belongs to (climbing compound, flat, amod, det ...). */
  nounPhraseHead(i: number): number {
    let t = i;
    for (let guard = 0; guard < 64; guard++) {
      const h = this.head(t);
      if (h < 0 || !NP_CLIMB.has(this.rel(t))) break;
      t = h;
    }
    return t;
  }

  /** The noun phrase headed by `head`: its core dependents, without clauses, appositions, conjuncts. */
  nounPhrase(head: number): { head: number; first: number; last: number } {
    const { first, last } = this.subtree(head, (c) => NP_CORE.has(this.rel(c)) && !(this.rel(c) === 'case' && c > head));
    return { head, first, last };
  }

  /** Appositions of a nominal, both ways: "Sonya Zoghlin, Carlineo's attorney" links each to the other. */
  appositions(i: number): number[] {
    const out = this.childrenWith(i, ['appos']);
    if (matches(this.rel(i), ['appos']) && this.head(i) >= 0) out.push(this.head(i));
    return out;
  }

  possessor(i: number): number {
    return this.childWith(i, ['nmod:poss']);
  }

  /** Conjuncts of i, i included, in text order ("X and Y" -> [X, Y]). */
  conjuncts(i: number): number[] {
    let first = i;
    while (matches(this.rel(first), ['conj']) && this.head(first) >= 0) first = this.head(first);
    const out = [first];
    for (let k = 0; k < out.length; k++) for (const c of this.childrenWith(out[k], ['conj'])) out.push(c);
    return out.sort((a, b) => a - b);
  }

  /** The clause's predicate above a token: the nearest ancestor (or itself) that is a verb or a root. */
  predicate(i: number): number {
    let t = i;
    for (let guard = 0; guard < 256 && t >= 0; guard++) {
      if (this.upos(t) === 'VERB' || this.head(t) < 0) return t;
      t = this.head(t);
    }
    return -1;
  }
}
