// CAMEO trigger words (data/lexicons/cameo-triggers.json) as lookup tables.
import { loadData } from '../../data/load.js';

type VerbEntry = string | { code: string; object: string[] };
interface GroupsFile { protesting: string[]; acting: string[]; protest_verbs: string[] }
interface CameoFile { labels: Record<string, string>; verbs: Record<string, VerbEntry>; nouns: Record<string, string>; received: Record<string, string>; groups: GroupsFile }

export interface VerbTrigger { code: string; objects: Set<string> | null }

export interface CameoLexicon {
  verbs: Map<string, VerbTrigger>;
  nouns: Map<string, string>;
  /** Verbs whose subject is the recipient ("Kyiv secured $1.5 billion from its allies"). */
  received: Map<string, string>;
  /** Unnamed groups that protest ("protesters", "demonstrators") and the verbs that then report a rally. */
  protestingGroups: Set<string>;
  protestVerbs: Set<string>;
  /** Unnamed groups that act ("police", "gunmen"): an event they are the subject of needs no named actor. */
  actingGroups: Set<string>;
  label(code: string): string;
}

let cached: CameoLexicon | undefined;

export function getCameoLexicon(): CameoLexicon {
  if (cached) return cached;
  const f = loadData<CameoFile>('lexicons/cameo-triggers.json');
  const verbs = new Map<string, VerbTrigger>();
  for (const [lemma, entry] of Object.entries(f.verbs)) {
    verbs.set(lemma, typeof entry === 'string' ? { code: entry, objects: null } : { code: entry.code, objects: new Set(entry.object) });
  }
  cached = {
    verbs,
    nouns: new Map(Object.entries(f.nouns)),
    received: new Map(Object.entries(f.received).filter(([k]) => !k.startsWith('_'))),
    protestingGroups: new Set(f.groups.protesting),
    protestVerbs: new Set(f.groups.protest_verbs),
    actingGroups: new Set(f.groups.acting),
    label: (code) => f.labels[code] ?? f.labels[code.slice(0, 2)] ?? 'Event',
  };
  return cached;
}
