// Comparison forms for names of organisations, groups and places: "The New York Times" = "New York
// Times", "Apple Inc." = "Apple", "Republicans" = "Republican" (for nationalities and parties), and
// acronyms ("Federal Bureau of Investigation" -> "fbi", "U.N." -> "un") so an acronym and its
// expansion can find each other.
import { loadData } from '../../data/load.js';
import { foldName } from './fold-name.js';
import { memoize } from './memo.js';

const MIN_ACRONYM = 3;
let given: Set<string> | undefined;
const firstNames = (): Set<string> => (given ??= new Set(loadData<{ names: string[] }>('lexicons/first-names.json').names));

const CORPORATE = new Set(['inc', 'corp', 'corporation', 'co', 'ltd', 'llc', 'plc', 'ag', 'sa', 'gmbh', 'lp', 'llp']);
// Words an acronym skips ("Department of Justice" -> "DOJ" keeps "of"; most skip it: both are tried).
const MINOR = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'a', 'an']);

/** Folded name without a leading article or trailing corporate suffix. */
export const groupForm = memoize(groupFormOnce);

function groupFormOnce(raw: string): string {
  const words = foldName(raw).split(' ').filter((w) => w !== '');
  if (words.length > 1 && words[0] === 'the') words.shift();
  while (words.length > 1 && CORPORATE.has(words[words.length - 1])) words.pop();
  return words.join(' ');
}

/** Singular form for plural group names ("republicans" -> "republican"); used for NORP and in keys. */
export const singular = (form: string): string => (form.length > 3 && /[^s]s$/.test(form) ? form.slice(0, -1) : form);

/** True for names written as an acronym: "FBI", "U.N.", "NATO" (2 to 6 capitals, dots allowed). */
export function isAcronym(raw: string): boolean {
  const t = raw.trim().replace(/['’]s$/, '');
  return /^(?:[A-Z]\.?){2,6}$/.test(t) || /^(?:[A-Z]\.){2,6}$/.test(t);
}

/** Acronyms a multi-word name may be written as: initials of its content words, and of all words. */
export function acronymsOf(raw: string): string[] {
  const words = groupForm(raw).split(' ').filter((w) => w !== '');
  if (words.length < 2) return [];
  // "Abby Phillip" is a person, not the expansion of "AP".
  if (firstNames().has(words[0])) return [];
  const content = words.filter((w) => !MINOR.has(w)).map((w) => w[0]).join('');
  const withOf = words.filter((w) => w === 'of' || !MINOR.has(w)).map((w) => w[0]).join('');
  // Two-letter acronyms (SC, AP) collide too often ("S.C." = South Carolina, not Supreme Court).
  return [...new Set([content, withOf])].filter((a) => a.length >= MIN_ACRONYM);
}
