// Names listed together are mostly of one kind: "NASA picked Alpha Works, Beta Systems, Gamma
// Express and Delta Labs" lists companies, and a list item the tagger typed otherwise ("Gamma Express"
// as a person) takes the list's type when at least two other items agree on it and none shares the
// item's own type. A list is three names or more in one sentence separated by commas, "and", "or" or
// "&" alone. Items typed by strong evidence of their own (an honorific or title; a country, demonym or
// known organisation) keep their type, and so does a person whose first word is a given name.
import type { EntityType } from '../../core/records/entity.js';
import type { Token } from '../../core/records/token.js';
import type { Lexicon } from './lexicon.js';
import type { TypedCandidate } from './merge-tagged-names.js';
import { lexiconGivenNames } from './ner/ner-gazetteer.js';

const SEPARATORS = new Set([',', 'and', 'or', '&']);
const PLACES = new Set<string>(['GPE', 'LOC', 'FAC']);

function separated(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2 || tokens[from].sentence !== tokens[to].sentence) return false;
  for (let k = from; k < to; k++) if (!SEPARATORS.has(tokens[k].lower)) return false;
  return true;
}

function keeps(t: TypedCandidate, tokens: readonly Token[], lex: Lexicon): boolean {
  if (t.type === 'UNKNOWN' || t.cand.honorific || t.cand.title) return true;
  let key = '';
  for (let k = t.cand.first; k < t.cand.end; k++) key += (k > t.cand.first ? ' ' : '') + tokens[k].lower;
  if (lex.countries.has(key) || lex.demonyms.has(key) || lex.knownOrgs.has(key)) return true;
  return t.type === 'PERSON' && lexiconGivenNames().has(tokens[t.cand.first].lower);
}

export function shareListTypes(typed: TypedCandidate[], tokens: readonly Token[], lex: Lexicon): TypedCandidate[] {
  const out = [...typed];
  const ordered = out.map((t, i) => i).sort((a, b) => out[a].cand.first - out[b].cand.first);
  for (let s = 0; s < ordered.length; ) {
    let e = s + 1;
    while (e < ordered.length && separated(tokens, out[ordered[e - 1]].cand.end, out[ordered[e]].cand.first)) e++;
    if (e - s >= 3) {
      const items = ordered.slice(s, e);
      for (const i of items) {
        const t = out[i];
        if (keeps(t, tokens, lex)) continue;
        const counts = new Map<string, number>();
        for (const i2 of items) if (i2 !== i) counts.set(out[i2].type, (counts.get(out[i2].type) ?? 0) + 1);
        if (counts.get(t.type)) continue;
        let best: string | null = null;
        for (const [type, c] of counts) if (c >= 2 && type !== 'UNKNOWN' && (!best || c > (counts.get(best) ?? 0))) best = type;
        // A list of places mixes kinds of place ("Europe, Britain and China"): a place keeps its kind.
        if (best && !(PLACES.has(t.type) && PLACES.has(best))) out[i] = { ...t, type: best as EntityType };
      }
    }
    s = e;
  }
  return out;
}
