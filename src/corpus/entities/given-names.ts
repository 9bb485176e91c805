// Given-name equivalence: nicknames and cross-language forms of one given name ("Bill" = "William",
// "Volodymyr" = "Vladimir"), and initials ("J." = "John"). A small hand-kept table of the forms that
// news writing uses for public figures; it is deliberately short because every pair it adds is a
// pair of people the matcher will no longer keep apart.
import { translitKey } from './fold-name.js';

const GROUPS: string[][] = [
  ['william', 'bill', 'billy', 'will', 'willy', 'willie'],
  ['robert', 'bob', 'bobby', 'rob', 'robbie', 'bert'],
  ['richard', 'dick', 'rick', 'ricky', 'rich'],
  ['james', 'jim', 'jimmy', 'jamie'],
  ['john', 'jack', 'johnny', 'jon'],
  ['joseph', 'joe', 'joey'],
  ['michael', 'mike', 'mikey', 'mick'],
  ['thomas', 'tom', 'tommy'],
  ['edward', 'ed', 'eddie', 'ted', 'ned'],
  ['theodore', 'ted', 'teddy'],
  ['charles', 'charlie', 'chuck', 'chas'],
  ['christopher', 'chris'],
  ['anthony', 'tony'],
  ['benjamin', 'ben', 'benny', 'bibi'],
  ['daniel', 'dan', 'danny'],
  ['donald', 'don', 'donnie'],
  ['elizabeth', 'liz', 'beth', 'betsy', 'lizzie', 'eliza'],
  ['katherine', 'catherine', 'kathy', 'kate', 'katie', 'cathy'],
  ['margaret', 'maggie', 'meg', 'peggy'],
  ['patricia', 'pat', 'patty', 'trish'],
  ['patrick', 'pat', 'paddy'],
  ['alexander', 'alex', 'sasha', 'aleksandr', 'alexandr', 'oleksandr'],
  ['nicholas', 'nick', 'nikolai', 'mykola', 'nicolas'],
  ['steven', 'stephen', 'steve'],
  ['samuel', 'sam'],
  ['gerald', 'gerry', 'jerry'],
  ['lawrence', 'larry'],
  ['ronald', 'ron', 'ronnie'],
  ['timothy', 'tim'],
  ['matthew', 'matt'],
  ['andrew', 'andy', 'drew'],
  ['bernard', 'bernie'],
  ['frederick', 'fred', 'freddie'],
  ['kenneth', 'ken', 'kenny'],
  ['gregory', 'greg'],
  ['jeffrey', 'jeff', 'geoffrey'],
  ['peter', 'pete', 'petro', 'pyotr'],
  ['vladimir', 'volodymyr', 'vlad', 'volodya'],
  ['mikhail', 'mykhailo', 'misha'],
  ['sergei', 'sergey', 'serhiy', 'serhii'],
  ['andrei', 'andriy', 'andrii'],
  ['dmitry', 'dmitri', 'dmytro'],
  ['yuri', 'yury', 'yuriy', 'yurii'],
  ['muhammad', 'mohammed', 'mohammad', 'mohamed', 'mohamad', 'muhammed'],
  ['hillary', 'hilary'],
];

const CANON = new Map<string, Set<number>>();
GROUPS.forEach((group, i) => {
  for (const name of group) {
    const key = translitKey(name);
    const set = CANON.get(key) ?? new Set<number>();
    set.add(i);
    CANON.set(key, set);
  }
});

export type GivenMatch = 'same' | 'variant' | 'initial' | null;

/** How two given-name tokens (already folded) relate, or null when they name different people. */
export function compareGiven(a: string, b: string): GivenMatch {
  if (a === b) return 'same';
  if (a.length === 1 || b.length === 1) return a[0] === b[0] ? 'initial' : null;
  const ka = translitKey(a);
  const kb = translitKey(b);
  if (ka === kb) return 'same';
  const ga = CANON.get(ka);
  const gb = CANON.get(kb);
  if (ga && gb) for (const g of ga) if (gb.has(g)) return 'variant';
  return null;
}
