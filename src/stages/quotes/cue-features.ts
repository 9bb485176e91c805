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

/** Receives a token's features in order: a template with one, two or three values, or a flag. */
export interface CueFeatureSink {
  one(template: string, a: string): void;
  two(template: string, a: string, b: string): void;
  three(template: string, a: string, b: string, c: string): void;
  flag(name: string): void;
}

const lemmaOf = (t: Token | undefined) => (t ? (t.pos === 'PROPN' ? 'PROPN' : t.lemma) : '<none>');
const posOf = (t: Token | undefined) => (t ? t.pos : '<none>');

export function visitCueFeatures(ctx: CueFeatureContext, i: number, f: CueFeatureSink): void {
  const { tokens } = ctx;
  const t = tokens[i];
  const sameSentence = (k: number) => (tokens[k] && tokens[k].sentence === t.sentence ? tokens[k] : undefined);
  const p1 = sameSentence(i - 1);
  const p2 = sameSentence(i - 2);
  const n1 = sameSentence(i + 1);
  const n2 = sameSentence(i + 2);
  const lemma = lemmaOf(t);
  const lemmaP1 = lemmaOf(p1);
  const lemmaN1 = lemmaOf(n1);
  const posP1 = posOf(p1);
  const posN1 = posOf(n1);
  f.one('l', lemma);
  f.one('w', t.lower);
  f.one('p', t.pos);
  f.two('lp', lemma, t.pos);
  f.one('s3', t.lower.slice(-3));
  f.one('p1', lemmaP1);
  f.one('p1p', posP1);
  f.two('p2p', posOf(p2), posP1);
  f.one('n1', lemmaN1);
  f.one('n1p', posN1);
  f.two('n2p', posN1, posOf(n2));
  f.two('l+n1', lemma, lemmaN1);
  f.two('l+n1p', lemma, posN1);
  f.two('l+p1', lemma, lemmaP1);
  f.two('l+p1p', lemma, posP1);
  f.three('p1+l+n1', posP1, lemma, posN1);
  if (n1 && ctx.opensRegion[i + 1] >= 0) {
    f.one('n1', 'open-quote');
    f.one('l+openq', lemma);
  }
  if (p1 && (ctx.closesRegion[i - 1] >= 0 || (p1.norm === ',' && p2 && ctx.closesRegion[i - 2] >= 0))) {
    f.flag('after-quote');
    f.one('l+afterq', lemma);
  }
  if (n1?.lower === 'that') f.one('l+that', lemma);
  if (ctx.inQuote[i] >= 0) f.flag('in-quote');
  if (i === 0 || !p1) f.flag('sentence-start');
}

/** The features as the model stores them: "template=a|b|c", or the flag's name. */
export function cueFeatures(ctx: CueFeatureContext, i: number): string[] {
  const out: string[] = [];
  visitCueFeatures(ctx, i, {
    one: (template, a) => out.push(`${template}=${a}`),
    two: (template, a, b) => out.push(`${template}=${a}|${b}`),
    three: (template, a, b, c) => out.push(`${template}=${a}|${b}|${c}`),
    flag: (name) => out.push(name),
  });
  return out;
}
