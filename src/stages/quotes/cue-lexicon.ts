// Attribution cue words (data/lexicons/cues.json) as lookup sets.
import { loadData } from '../../data/load.js';

interface CuesFile { strong: string[]; weak: string[]; belief: string[]; channel_words: string[] }

export interface CueLexicon {
  strong: Set<string>;
  weak: Set<string>;
  /** Cognition verbs: their attributions are beliefs, not statements. */
  belief: Set<string>;
  channelWords: Set<string>;
}

let cached: CueLexicon | undefined;

export function getCueLexicon(): CueLexicon {
  if (cached) return cached;
  const f = loadData<CuesFile>('lexicons/cues.json');
  const weak = new Set(f.weak.filter((w) => !f.strong.includes(w)));
  cached = { strong: new Set(f.strong), weak, belief: new Set(f.belief), channelWords: new Set(f.channel_words) };
  return cached;
}
