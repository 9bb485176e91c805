// Features of a token for the learned cue classifier: is this token part of an attribution cue
// ("said", "according to", "has called for")? Shared by training (scripts/train-cue-model.mjs) and
// inference, so both see exactly the same features. They are declared once, as parts handed to a
// sink: `cueFeatures` spells them as the strings the model is stored with ("l+n1=say|that"), and the
// scorer (cue-model.ts) looks the parts up without building a string.
import type { Token } from '../../core/records/token.js';

export interface CueFeatureContext {
  tokens: Token[];
  inQuote: Int32Array;
  opensRegion: Int32Array;
  closesRegion: Int32Array;
}

/**
 * Receives a token's features in order: a template with one, two or three values, or a flag. Values
 * are of type V: strings when the features are spelled out, ids when the scorer looks them up.
 */
export interface CueFeatureSink<V = string> {
  one(template: string, a: V): void;
  two(template: string, a: V, b: V): void;
  three(template: string, a: V, b: V, c: V): void;
  flag(name: string): void;
}

/** The values features are made of, for token k of the context (k = -1: no token there). */
export interface CueValues<V> {
  /** The lemma, or "PROPN" for a proper noun; the none value where there is no token. */
  lemma(ctx: CueFeatureContext, k: number): V;
  /** The POS tag; the none value where there is no token. */
  pos(ctx: CueFeatureContext, k: number): V;
  /** The lower-case word (k is a token). */
  lower(ctx: CueFeatureContext, k: number): V;
  /** The last three letters of the lower-case word (k is a token). */
  suffix(ctx: CueFeatureContext, k: number): V;
  /** A fixed value ("open-quote"). */
  word(value: string): V;
}

export const NO_TOKEN = '<none>';
export const PROPER_NOUN = 'PROPN';

/** The values as strings, as the model stores them. */
export const STRING_VALUES: CueValues<string> = {
  lemma: (ctx, k) => (k < 0 ? NO_TOKEN : ctx.tokens[k].pos === PROPER_NOUN ? PROPER_NOUN : ctx.tokens[k].lemma),
  pos: (ctx, k) => (k < 0 ? NO_TOKEN : ctx.tokens[k].pos),
  lower: (ctx, k) => ctx.tokens[k].lower,
  suffix: (ctx, k) => ctx.tokens[k].lower.slice(-3),
  word: (value) => value,
};

export function visitCueFeatures<V>(ctx: CueFeatureContext, i: number, f: CueFeatureSink<V>, val: CueValues<V>): void {
  const { tokens } = ctx;
  const t = tokens[i];
  const sameSentence = (k: number) => (tokens[k] && tokens[k].sentence === t.sentence ? k : -1);
  const p1 = sameSentence(i - 1);
  const p2 = sameSentence(i - 2);
  const n1 = sameSentence(i + 1);
  const n2 = sameSentence(i + 2);
  const lemma = val.lemma(ctx, i);
  const pos = val.pos(ctx, i);
  const lemmaP1 = val.lemma(ctx, p1);
  const lemmaN1 = val.lemma(ctx, n1);
  const posP1 = val.pos(ctx, p1);
  const posN1 = val.pos(ctx, n1);
  f.one('l', lemma);
  f.one('w', val.lower(ctx, i));
  f.one('p', pos);
  f.two('lp', lemma, pos);
  f.one('s3', val.suffix(ctx, i));
  f.one('p1', lemmaP1);
  f.one('p1p', posP1);
  f.two('p2p', val.pos(ctx, p2), posP1);
  f.one('n1', lemmaN1);
  f.one('n1p', posN1);
  f.two('n2p', posN1, val.pos(ctx, n2));
  f.two('l+n1', lemma, lemmaN1);
  f.two('l+n1p', lemma, posN1);
  f.two('l+p1', lemma, lemmaP1);
  f.two('l+p1p', lemma, posP1);
  f.three('p1+l+n1', posP1, lemma, posN1);
  if (n1 >= 0 && ctx.opensRegion[i + 1] >= 0) {
    f.one('n1', val.word('open-quote'));
    f.one('l+openq', lemma);
  }
  if (p1 >= 0 && (ctx.closesRegion[i - 1] >= 0 || (tokens[p1].norm === ',' && p2 >= 0 && ctx.closesRegion[i - 2] >= 0))) {
    f.flag('after-quote');
    f.one('l+afterq', lemma);
  }
  if (n1 >= 0 && tokens[n1].lower === 'that') f.one('l+that', lemma);
  if (ctx.inQuote[i] >= 0) f.flag('in-quote');
  if (i === 0 || p1 < 0) f.flag('sentence-start');
}

/** The features as the model stores them: "template=a|b|c", or the flag's name. */
export function cueFeatures(ctx: CueFeatureContext, i: number): string[] {
  const out: string[] = [];
  visitCueFeatures(ctx, i, {
    one: (template, a) => out.push(`${template}=${a}`),
    two: (template, a, b) => out.push(`${template}=${a}|${b}`),
    three: (template, a, b, c) => out.push(`${template}=${a}|${b}|${c}`),
    flag: (name) => out.push(name),
  }, STRING_VALUES);
  return out;
}
