#!/usr/bin/env node
// Writes data/lexicons/name-genders.json: given names tagged male or female, for coreference's gender
// agreement ("she" does not point at a man). Taken from the lexicon of the npm package compromise
// (MIT; a devDependency), which tags given names MaleName or FemaleName; names it tags both ways are
// left out. Deterministic: sorted lists.
//
//   node scripts/build-name-genders.mjs
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';

const root = fileURLToPath(new URL('..', import.meta.url));
const lexicon = nlp.model().one.lexicon;
const male = [];
const female = [];
for (const [word, tag] of Object.entries(lexicon)) {
  if (!/^[a-z][a-z'-]+$/.test(word)) continue;
  if (tag === 'MaleName') male.push(word);
  else if (tag === 'FemaleName') female.push(word);
}
const both = new Set(male.filter((w) => female.includes(w)));
const out = {
  _about: 'Given names by gender, lower-case: the MaleName and FemaleName entries of the compromise lexicon (npm compromise, MIT). Written by scripts/build-name-genders.mjs; read by coreference for gender agreement.',
  male: male.filter((w) => !both.has(w)).sort(),
  female: female.filter((w) => !both.has(w)).sort(),
};
writeFileSync(join(root, 'data', 'lexicons', 'name-genders.json'), `${JSON.stringify(out)}\n`);
console.log(`name-genders.json: ${out.male.length} male, ${out.female.length} female`);
