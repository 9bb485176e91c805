// Attribution cue words (data/lexicons/cues.json) as lookup sets.
import { loadData } from '../../data/load.js';

interface CuesFile { strong: string[]; weak: string[]; belief: string[]; speech_acts: string[]; channel_words: string[] }

export interface CueLexicon {
  strong: Set<string>;
  weak: Set<string>;
  /** Cognition verbs: their attributions are beliefs, not statements. */
  belief: Set<string>;
  /** Verbs outside `strong` that still report words said or written (urge, call, describe). */
  speechActs: Set<string>;
  channelWords: Set<string>;
}

let cached: CueLexicon | undefined;

export function getCueLexicon(): CueLexicon {
  if (cached) return cached;
  const f = loadData<CuesFile>('lexicons/cues.json');
  const weak = new Set(f.weak.filter((w) => !f.strong.includes(w)));
  cached = { strong: new Set(f.strong), weak, belief: new Set(f.belief), speechActs: new Set(f.speech_acts), channelWords: new Set(f.channel_words) };
  return cached;
}
