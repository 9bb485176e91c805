#!/usr/bin/env node
// Writes data/lexicons/ner-description-nouns.json: the common nouns that describe a person, an
// organisation or a place, learned from GUM train's entity layer (every mention typed, descriptions
// included: "the company", "a researcher", "the city"). A noun counts for a kind when it heads at
// least MIN_COUNT mentions and at least SHARE of them are of that kind. The entity stage reads a
// name's type from a description beside it ("Acme, a company that ...", "the firm Acme").
// Deterministic; reads GUM train only (never dev).
// Run:  node scripts/build-ner-description-nouns.mjs [--gum FILE] [--min-count 3] [--share 0.8]
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values: opt } = parseArgs({
  options: {
    gum: { type: 'string', default: '../shared/data/ud-english/gum-train.conllu' },
    'min-count': { type: 'string', default: '3' },
    share: { type: 'string', default: '0.8' },
  },
});
const MIN_COUNT = Number(opt['min-count']);
const SHARE = Number(opt.share);
const KINDS = { person: 'person', organization: 'organisation', place: 'place' };
const ENTITY_PART = /\((\d+)-([^()]*)(\)?)|(\d+)\)/g;

/** Mentions of one sentence (CoNLL-U token rows): type and token range, nested ones too. */
function mentionsOf(rows) {
  const mentions = [];
  const open = [];
  rows.forEach((cols, i) => {
    const field = cols[9].split('|').find((m) => m.startsWith('Entity='))?.slice(7) ?? '';
    for (const m of field.matchAll(ENTITY_PART)) {
      if (m[1] !== undefined) {
        const type = m[2].split('-')[0];
        if (m[3]) mentions.push({ type, first: i, end: i + 1 });
        else open.push({ id: m[1], type, first: i });
      } else {
        const at = open.map((o) => o.id).lastIndexOf(m[4]);
        if (at < 0) continue;
        const [o] = open.splice(at, 1);
        mentions.push({ type: o.type, first: o.first, end: i + 1 });
      }
    }
  });
  return mentions;
}

const counts = new Map();
for (const block of readFileSync(opt.gum, 'utf8').split('\n\n')) {
  const rows = block.split('\n').map((l) => l.split('\t')).filter((c) => c.length >= 10 && /^\d+$/.test(c[0]));
  for (const m of mentionsOf(rows)) {
    // The head: the mention's first token whose head lies outside it.
    let head = m.first;
    for (let i = m.first; i < m.end; i++) {
      const h = Number(rows[i][6]) - 1;
      if (h < m.first || h >= m.end) { head = i; break; }
    }
    if (rows[head][3] !== 'NOUN') continue;
    const lemma = rows[head][2].toLowerCase();
    const c = counts.get(lemma) ?? {};
    c[m.type] = (c[m.type] ?? 0) + 1;
    counts.set(lemma, c);
  }
}
const out = { person: [], organisation: [], place: [] };
for (const [noun, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const n = Object.values(c).reduce((a, b) => a + b, 0);
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(noun)) continue;
  for (const [gum, kind] of Object.entries(KINDS)) if (n >= MIN_COUNT && (c[gum] ?? 0) >= SHARE * n) out[kind].push(noun);
}
const file = new URL('../data/lexicons/ner-description-nouns.json', import.meta.url);
writeFileSync(file, `${JSON.stringify({
  _about: `Nouns that describe a person, an organisation or a place: lemmas heading ${MIN_COUNT}+ mentions in GUM train's entity layer, ${SHARE * 100}%+ of them of that kind. Written by scripts/build-ner-description-nouns.mjs; read by src/stages/entities/describe-names.ts.`,
  ...out,
})}\n`);
console.log(Object.entries(out).map(([k, v]) => `${k} ${v.length}`).join(', '));
