// Lemmatiser: suffix rules learned from the treebanks per Penn tag ("VBD|ied" -> strip 3, add "y"),
// the longest matching suffix deciding, and a list of the training words the rules get wrong
// ("VBD|went" -> "go"). Proper nouns keep their case, other words are lemmatised in lower case, as
// in UD English. Learned (`learnLemmaData`) by scripts/train-syntax.mjs.

export interface LemmaData {
  /** `${xpos}|${suffix}` -> [characters to strip, string to add]. */
  rules: Record<string, [number, string]>;
  /** `${source}|${xpos}` -> lemma, where the rules are wrong. */
  exceptions: Record<string, string>;
}

const MAX_SUFFIX = 5;

function source(form: string, xpos: string): string {
  return xpos === 'NNP' || xpos === 'NNPS' ? form : form.toLowerCase();
}

function ruleFor(data: LemmaData, src: string, xpos: string): [number, string] {
  for (let k = Math.min(MAX_SUFFIX, src.length); k >= 0; k--) {
    const r = data.rules[`${xpos}|${src.slice(src.length - k)}`];
    if (r && r[0] <= src.length) return r;
  }
  return [0, ''];
}

export function lemmatize(data: LemmaData, form: string, xpos: string): string {
  const src = source(form, xpos);
  const exception = data.exceptions[`${src}|${xpos}`];
  if (exception !== undefined) return exception;
  const [strip, add] = ruleFor(data, src, xpos);
  return src.slice(0, src.length - strip) + add || src;
}

/**
 * lemmatize() remembered per (Penn tag, form): a text repeats its words, and the suffix rules build a
 * look-up string per suffix length. Cleared when full, so memory stays bounded on any input.
 */
export class CachedLemmatizer {
  private readonly byTag = new Map<string, Map<string, string>>();
  private size = 0;

  constructor(readonly data: LemmaData) {}

  lemma(form: string, xpos: string): string {
    let forms = this.byTag.get(xpos);
    if (!forms) this.byTag.set(xpos, (forms = new Map()));
    let lemma = forms.get(form);
    if (lemma === undefined) {
      lemma = lemmatize(this.data, form, xpos);
      if (++this.size > 100_000) {
        this.byTag.clear();
        this.size = 0;
        this.byTag.set(xpos, forms = new Map());
      }
      forms.set(form, lemma);
    }
    return lemma;
  }
}

function edit(src: string, lemma: string): string {
  let p = 0;
  while (p < src.length && p < lemma.length && src[p] === lemma[p]) p++;
  return `${src.length - p}|${lemma.slice(p)}`;
}

function majority(counts: Map<string, number>): [string, number] {
  let best = '';
  let n = -1;
  for (const [k, c] of [...counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (c > n) [best, n] = [k, c];
  return [best, n];
}

export function learnLemmaData(words: readonly { form: string; xpos: string; lemma: string }[]): LemmaData {
  const byKey = new Map<string, Map<string, number>>();
  const byWord = new Map<string, Map<string, number>>();
  const add = (m: Map<string, Map<string, number>>, k: string, v: string) => {
    let c = m.get(k);
    if (!c) m.set(k, (c = new Map()));
    c.set(v, (c.get(v) ?? 0) + 1);
  };
  for (const w of words) {
    if (w.lemma === '_' || w.lemma === '') continue;
    const src = source(w.form, w.xpos);
    const e = edit(src, w.lemma);
    for (let k = 0; k <= Math.min(MAX_SUFFIX, src.length); k++) add(byKey, `${w.xpos}|${src.slice(src.length - k)}`, e);
    add(byWord, `${src}|${w.xpos}`, w.lemma);
  }
  const data: LemmaData = { rules: {}, exceptions: {} };
  // Shorter suffixes first, so a rule is kept only where it differs from the one it would fall back to.
  const keys = [...byKey.keys()].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  for (const key of keys) {
    const [best, n] = majority(byKey.get(key)!);
    const [xpos, suffix] = [key.slice(0, key.indexOf('|')), key.slice(key.indexOf('|') + 1)];
    if (suffix.length > 0 && n < 3) continue;
    const [strip, addStr] = [Number(best.slice(0, best.indexOf('|'))), best.slice(best.indexOf('|') + 1)];
    const fallback = suffix.length > 0 ? ruleFor(data, suffix, xpos) : null;
    if (fallback && fallback[0] === strip && fallback[1] === addStr) continue;
    data.rules[key] = [strip, addStr];
  }
  for (const [key, lemmas] of [...byWord.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const [lemma] = majority(lemmas);
    const bar = key.lastIndexOf('|');
    const src = key.slice(0, bar);
    const xpos = key.slice(bar + 1);
    const [strip, addStr] = ruleFor(data, src, xpos);
    if ((src.slice(0, src.length - strip) + addStr || src) !== lemma) data.exceptions[key] = lemma;
  }
  return data;
}
