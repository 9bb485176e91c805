#!/usr/bin/env node
// Writes data/lexicons/ner-common-words.json: words that English text mostly writes in lower case
// ("phase", "block", "suite"), counted inside sentences (a sentence's or line's first word is left out,
// since it is capitalised whatever it is) over PolNeAR train (news, 2016), CoNLL-2003 train (Reuters,
// 1996), GUM train and EWT train (web, academic, fiction...). A word is listed when it is seen at least
// MIN_COUNT times and written in lower case at least SHARE of them. The entity stage reads a
// capitalised common word before a number or a letter as a label ("Phase 1", "Group C"), not a name.
// Deterministic; train splits only.
// Run:  node scripts/build-ner-common-words.mjs [--shared ../shared] [--min-count 3] [--share 0.6]
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values: opt } = parseArgs({
  options: {
    shared: { type: 'string', default: '../shared' },
    'min-count': { type: 'string', default: '3' },
    share: { type: 'string', default: '0.6' },
  },
});
const MIN_COUNT = Number(opt['min-count']);
const SHARE = Number(opt.share);
const lower = new Map();
const capital = new Map();
const bump = (m, w) => m.set(w, (m.get(w) ?? 0) + 1);

/** Counts the words of running text, one line at a time, skipping each sentence's first word. */
function count(text) {
  for (const line of text.split('\n')) {
    let first = true;
    for (const raw of line.split(/\s+/)) {
      const word = raw.replace(/^[“"‘'([]+|[”"’')\],;:!?.]+$/gu, '');
      const initial = first;
      first = /[.!?:]["”’)]?$/u.test(raw) || raw === '—' || raw === '-';
      if (initial || !/^\p{L}[\p{L}'-]*$/u.test(word)) continue;
      const key = word.toLowerCase();
      if (word === key) bump(lower, key);
      else if (/^\p{Lu}\p{Ll}/u.test(word)) bump(capital, key);
    }
  }
}

const jsonl = (file) => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text);
for (const text of jsonl(`${opt.shared}/data/polnear/train.jsonl`)) count(text);
for (const text of jsonl(`${opt.shared}/data/conll2003/train.jsonl`)) count(text);
for (const name of ['gum-train', 'ewt-train']) {
  for (const line of readFileSync(`${opt.shared}/data/ud-english/${name}.conllu`, 'utf8').split('\n')) if (line.startsWith('# text = ')) count(line.slice(9));
}
const words = [...lower.keys()].filter((w) => {
  const l = lower.get(w) ?? 0;
  const all = l + (capital.get(w) ?? 0);
  return all >= MIN_COUNT && l >= SHARE * all;
}).sort();
const file = new URL('../data/lexicons/ner-common-words.json', import.meta.url);
writeFileSync(file, `${JSON.stringify({
  _about: `Words written in lower case in ${SHARE * 100}%+ of their ${MIN_COUNT}+ uses inside sentences of PolNeAR train, CoNLL-2003 train, GUM train and EWT train. Written by scripts/build-ner-common-words.mjs; read by src/stages/entities/label-names.ts.`,
  words: words.join(' '),
})}\n`);
console.log(`${words.length} words`);
