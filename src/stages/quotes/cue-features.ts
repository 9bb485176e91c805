// Features of a token for the learned cue classifier: is this token part of an attribution cue
// ("said", "according to", "has called for")? Shared by training (scripts/train-cue-model.mjs) and
// inference, so both see exactly the same features.
import type { Token } from '../../core/records/token.js';

export interface CueFeatureContext {
  tokens: Token[];
  inQuote: Int32Array;
  opensRegion: Int32Array;
  closesRegion: Int32Array;
}

const lemmaOf = (t: Token | undefined) => (t ? (t.pos === 'PROPN' ? 'PROPN' : t.lemma) : '<none>');
const posOf = (t: Token | undefined) => (t ? t.pos : '<none>');

export function cueFeatures(ctx: CueFeatureContext, i: number): string[] {
  const { tokens } = ctx;
  const t = tokens[i];
  const sameSentence = (k: number) => (tokens[k] && tokens[k].sentence === t.sentence ? tokens[k] : undefined);
  const p1 = sameSentence(i - 1);
  const p2 = sameSentence(i - 2);
  const n1 = sameSentence(i + 1);
  const n2 = sameSentence(i + 2);
  const lemma = lemmaOf(t);
  const f = [
    `l=${lemma}`,
    `w=${t.lower}`,
    `p=${t.pos}`,
    `lp=${lemma}|${t.pos}`,
    `s3=${t.lower.slice(-3)}`,
    `p1=${lemmaOf(p1)}`,
    `p1p=${posOf(p1)}`,
    `p2p=${posOf(p2)}|${posOf(p1)}`,
    `n1=${lemmaOf(n1)}`,
    `n1p=${posOf(n1)}`,
    `n2p=${posOf(n1)}|${posOf(n2)}`,
    `l+n1=${lemma}|${lemmaOf(n1)}`,
    `l+n1p=${lemma}|${posOf(n1)}`,
    `l+p1=${lemma}|${lemmaOf(p1)}`,
    `l+p1p=${lemma}|${posOf(p1)}`,
    `p1+l+n1=${posOf(p1)}|${lemma}|${posOf(n1)}`,
  ];
  if (n1 && ctx.opensRegion[i + 1] >= 0) f.push('n1=open-quote', `l+openq=${lemma}`);
  if (p1 && (ctx.closesRegion[i - 1] >= 0 || (p1.norm === ',' && p2 && ctx.closesRegion[i - 2] >= 0))) f.push('after-quote', `l+afterq=${lemma}`);
  if (n1?.lower === 'that') f.push(`l+that=${lemma}`);
  if (ctx.inQuote[i] >= 0) f.push('in-quote');
  if (i === 0 || !p1) f.push('sentence-start');
  return f;
}
