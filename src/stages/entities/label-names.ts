// Labels, not names: a capitalised common word before a number or a letter ("Phase 1", "Group C",
// "Suite 350", "Block 1B") names a stage, a pool, a room or a version, and the tagger, which reads the
// capital letter, calls the word an organisation or a place. Such a name, with its number, becomes
// MISC (a version of a product or a mission is MISC too). The word must be one English text mostly
// writes in lower case (data/lexicons/ner-common-words.json, scripts/build-ner-common-words.mjs), so
// that a team before its score stays a team ("Leeds 2, Hull 1"), and the number must end the phrase:
// not a score ("6-4"), not a line of results ("Leeds 2\nHull 1").
import type { Token } from '../../core/records/token.js';
import { loadData } from '../../data/load.js';
import type { TypedCandidate } from './merge-tagged-names.js';

const CODE = /^(?:\d{1,4}[A-Za-z]{0,2}|[A-Z])$/;

let common: ReadonlySet<string> | undefined;

/** Words mostly written in lower case. */
export function commonWords(): ReadonlySet<string> {
  common ??= new Set(loadData<{ words: string }>('lexicons/ner-common-words.json').words.split(' '));
  return common;
}

/** Whether no line break stands between tokens a and b (a before b). */
function sameLine(text: string, a: Token, b: Token): boolean {
  return !text.slice(a.end, b.start).includes('\n');
}

/** The end of the label's number: "1B" may come as two tokens ("1", "B"). */
function codeEnd(tokens: readonly Token[], at: number): number {
  let end = at + 1;
  while (end < tokens.length && !tokens[end].spaceBefore && /^[A-Za-z\d]{1,2}\.?$/.test(tokens[end].norm) && end - at < 3) end++;
  return end;
}

/** The end of the label when the name is a label's word before its number, else -1. */
function labelEnd(t: TypedCandidate, tokens: readonly Token[], text: string, words: ReadonlySet<string>): number {
  const { first, end } = t.cand;
  const code = tokens[end];
  if (t.cand.honorific || t.cand.title || !code || code.sentence !== tokens[first].sentence || !CODE.test(code.norm)) return -1;
  if (!words.has(tokens[end - 1].lower) || !sameLine(text, tokens[end - 1], code)) return -1;
  const last = codeEnd(tokens, end);
  return isLabelEnd(tokens, text, last) ? last : -1;
}

function isLabelEnd(tokens: readonly Token[], text: string, last: number): boolean {
  const code = tokens[last - 1];
  const after = tokens[last];
  // A label is followed on its line by more of the sentence; a line of results ends at the score or
  // goes on with the other team ("Reading 2 Stoke 2"), a score with its set ("6-4", "2, 1").
  // A label may end its sentence ("... on an SLS Block 1B."); results carry no full stop.
  if (code.norm.endsWith('.') || after?.norm === '.') return true;
  if (!after || !sameLine(text, code, after)) return false;
  if (after.sentence !== code.sentence) return true;
  return !/^[-–\d\p{Lu}]/u.test(after.norm) && !(after.norm === ',' && /^\d/u.test(tokens[last + 1]?.norm ?? ''));
}

/** A name the tagger already took with its number: "Group C". */
function isWholeLabel(t: TypedCandidate, tokens: readonly Token[], words: ReadonlySet<string>): boolean {
  const { first, end } = t.cand;
  return end - first >= 2 && !t.cand.honorific && !t.cand.title && CODE.test(tokens[end - 1].norm) && words.has(tokens[end - 2].lower);
}

export function labelNames(typed: TypedCandidate[], tokens: readonly Token[], text: string): TypedCandidate[] {
  const words = commonWords();
  return typed.map((t) => {
    if (isWholeLabel(t, tokens, words)) return { ...t, type: 'MISC' };
    const end = labelEnd(t, tokens, text, words);
    return end > 0 ? { ...t, type: 'MISC', cand: { ...t.cand, end } } : t;
  });
}
