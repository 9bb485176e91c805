// Features of one candidate attribution for the learned attribution filter (attribution-filter.ts,
// trained by scripts/train-attribution-filter.mjs on PolNeAR train): what the parse says about the cue
// verb (its relation, its subject and object, passive, negation), the form of the content (quotation,
// clause, infinitive, noun phrase), what kind of thing the source is (a person, an organisation, a
// pronoun, a common noun), and the GloVe clusters of the cue and object lemmas, so that "keeps a
// shop" and "keeps saying that ..." or "the audit announced" and "the mayor announced" come apart.
// Declared once here, used by training and by the stage.
import { lowerBound } from '../../core/sorted.js';
import type { Span } from '../../core/span.js';
import type { SyntaxView } from '../syntax/syntax-queries.js';
import { wordClusters } from '../syntax/word-features.js';
import type { AttributionContext } from './attribution-context.js';
import type { Attribution } from './cued-attribution-extractor.js';

const SUBJECT = ['nsubj', 'nsubj:pass', 'csubj'];
const CLAUSAL = new Set(['ccomp', 'xcomp', 'parataxis', 'advcl', 'acl', 'acl:relcl', 'csubj']);

/** First and last token index inside a character span. */
function tokenRange(ctx: AttributionContext, s: Span): [number, number] {
  const first = lowerBound(ctx.tokens, s.start, (t) => t.start);
  let last = first;
  while (last + 1 < ctx.tokens.length && ctx.tokens[last + 1].end <= s.end) last++;
  return [first, last];
}

/** The tokens of a span whose head lies outside it: the roots of the span's subtrees. */
function roots(view: SyntaxView, first: number, last: number): number[] {
  const out: number[] = [];
  for (let k = first; k <= last; k++) {
    const h = view.head(k);
    if (h < first || h > last) out.push(k);
  }
  return out;
}

function contentForm(ctx: AttributionContext, view: SyntaxView, a: Attribution): string {
  const q = a.quote;
  if (q.direct) return 'quote';
  const [first, last] = tokenRange(ctx, q.content[0]);
  for (let k = first; k <= last; k++) if (ctx.inQuote[k] >= 0) return 'mixed';
  const top = roots(view, first, last).filter((k) => view.upos(k) !== 'PUNCT');
  if (top.length === 0) return 'none';
  const head = top[0];
  const tok = ctx.tokens[first].lower;
  if (tok === 'that' && view.upos(first) === 'SCONJ') return 'that';
  if (tok === 'to' && view.upos(head) === 'VERB') return 'inf';
  if (/^(?:how|what|why|whether|if|when|where|who|which)$/.test(tok)) return 'wh';
  const u = view.upos(head);
  if (u === 'VERB' || u === 'AUX' || view.childWith(head, ['nsubj', 'nsubj:pass', 'cop']) >= 0) return 'clause';
  return `np-${u}`;
}

const nameTypes = new WeakMap<AttributionContext, (string | undefined)[]>();

/** Per token, the type of the named entity whose name mention covers it (computed once per document). */
function nameTypeOf(ctx: AttributionContext): (string | undefined)[] {
  let types = nameTypes.get(ctx);
  if (types) return types;
  types = new Array<string | undefined>(ctx.tokens.length);
  for (const ent of ctx.doc.entities) {
    for (const m of ent.mentions) {
      if (m.form === 'pronoun' || m.form === 'description') continue;
      for (let k = lowerBound(ctx.tokens, m.start, (t) => t.start); k < ctx.tokens.length && ctx.tokens[k].start < m.end; k++) types[k] = ent.type;
    }
  }
  nameTypes.set(ctx, types);
  return types;
}

function sourceKind(ctx: AttributionContext, view: SyntaxView, a: Attribution): string {
  if (!a.sourceTokens) return 'none';
  const [s, e] = a.sourceTokens;
  const types = nameTypeOf(ctx);
  for (let k = s; k < e; k++) if (types[k]) return `ent-${types[k]}`;
  const top = roots(view, s, e - 1).filter((k) => view.upos(k) !== 'PUNCT');
  const head = top.length ? top[top.length - 1] : e - 1;
  const u = view.upos(head);
  if (u === 'PRON') return `pron-${ctx.tokens[head].lower}`;
  return u;
}

/** Cluster path prefix of a lemma, or '-'. */
function cluster(lemma: string, bits: number): string {
  const packed = wordClusters().get(lemma);
  if (packed === undefined) return '-';
  const len = packed >>> 16;
  const q = Math.min(bits, len);
  return ((packed & 0xffff) >>> (len - q)).toString(2).padStart(q, '0');
}

export function attributionFeatures(ctx: AttributionContext, view: SyntaxView, a: Attribution): string[] {
  const i = a.cueToken;
  const lemma = a.kind === 'according' ? 'according' : view.lemma(i).toLowerCase();
  const kind = a.kind ?? 'strong';
  const form = contentForm(ctx, view, a);
  const src = sourceKind(ctx, view, a);
  const rel = view.rel(i).split(':')[0];
  const obj = view.object(i);
  const objLemma = obj >= 0 ? view.lemma(obj).toLowerCase() : '-';
  const subj = view.childWith(i, SUBJECT);
  const subjHead = subj >= 0 ? view.upos(subj) : '-';
  const inverted = a.sourceTokens !== null && a.sourceTokens[0] > i;
  const f = [
    `l=${lemma}`, `k=${kind}`, `form=${form}`, `src=${src}`, `rel=${rel}`,
    `l+form=${lemma}|${form}`, `l+src=${lemma}|${src}`, `l+rel=${lemma}|${rel}`, `k+form=${kind}|${form}`,
    `form+src=${form}|${src}`, `k+src=${kind}|${src}`, `rel+form=${rel}|${form}`,
    `l+obj=${lemma}|${objLemma}`, `obj-c8=${cluster(objLemma, 8)}`, `l+obj-c6=${lemma}|${cluster(objLemma, 6)}`,
    `l-c6=${cluster(lemma, 6)}`, `l-c10=${cluster(lemma, 10)}`, `l-c10+form=${cluster(lemma, 10)}|${form}`, `l-c6+src=${cluster(lemma, 6)}|${src}`,
    `subj=${subjHead}`, `l+subj=${lemma}|${subjHead}`,
  ];
  if (view.isPassive(i)) f.push('passive', `l+passive=${lemma}`);
  if (view.childWith(i, ['advmod']) >= 0 && view.children(i).some((c) => /^(?:not|n't|never)$/.test(ctx.tokens[c].lower))) f.push('negated');
  if (inverted) f.push('inverted', `l+inverted=${lemma}`);
  if (view.children(i).some((c) => CLAUSAL.has(view.rel(c)) && view.rel(c) !== 'advcl')) f.push('clausal-child', `l+clausal-child=${lemma}`);
  if (a.quote.channel) f.push('channel');
  const srcLen = a.sourceTokens ? Math.min(6, a.sourceTokens[1] - a.sourceTokens[0]) : 0;
  f.push(`src-len=${srcLen}`);
  if (a.sourceTokens && /^[A-Z]{2,}$/.test(ctx.tokens[a.sourceTokens[0]].norm)) f.push('src-upper');
  return f;
}
