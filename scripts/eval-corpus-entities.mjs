#!/usr/bin/env node
// Cross-article entity evaluation on extracted records (`storyline extract --format jsonl ... > FILE`):
// resolves every article's entities in order through the in-memory index and prints the largest
// profiles, the publishers behind chosen profiles, and their aliases. The publisher is the id's
// prefix in PolNeAR ("nyt_2016-..."), or the record's `publisher` field when present.
// Usage: npm run build && node scripts/eval-corpus-entities.mjs /tmp/polnear-train-records.jsonl [--top 50] [--show "Hillary Clinton"]
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { MemoryEntityIndex, parsePersonName, translitKey } from '../dist/corpus/entities/index.js';
import { compareGiven } from '../dist/corpus/entities/given-names.js';

const args = process.argv.slice(2);
const file = args[0];
if (!file) {
  console.error('usage: eval-corpus-entities.mjs RECORDS.jsonl [--top N] [--show NAME]...');
  process.exit(2);
}
const top = Number(args[args.indexOf('--top') + 1]) || 50;
const show = args.flatMap((a, i) => (args[i - 1] === '--show' ? [a] : []));
if (show.length === 0) show.push('Donald Trump', 'Hillary Clinton', 'Bill Clinton');

const index = new MemoryEntityIndex();
const publishers = new Map(); // profile id -> Set of publishers
let articles = 0;
let mentions = 0;
const t0 = performance.now();
for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
  if (!line.trim()) continue;
  const record = JSON.parse(line);
  const publisher = record.publisher ?? String(record.id).split('_')[0];
  const resolved = index.addArticle(record);
  articles++;
  for (const profileId of new Set(resolved.values())) {
    mentions++;
    if (!publishers.has(profileId)) publishers.set(profileId, new Set());
    publishers.get(profileId).add(publisher);
  }
}
const ms = performance.now() - t0;
const profiles = [...index.profiles.values()].sort((a, b) => b.articleCount - a.articleCount);
console.log(`${articles} articles, ${mentions} article-entities -> ${profiles.length} profiles (${ms.toFixed(0)} ms)`);
console.log(`\nTop ${top} profiles (articles, publishers, type, name, first aliases):`);
for (const p of profiles.slice(0, top)) {
  console.log(`${String(p.articleCount).padStart(4)} ${publishers.get(p.id)?.size ?? 0} ${p.type.padEnd(6)} ${p.name} | ${p.aliases.slice(0, 8).join('; ')}`);
}
// Checks: full person names split over several profiles (missed merges), and profiles whose names
// carry incompatible given names for one surname (wrong merges). Both count names used in 2+ articles.
const homes = new Map();
let wrong = 0;
const wrongExamples = [];
for (const p of profiles.filter((x) => x.type === 'PERSON')) {
  const parsed = Object.entries(p.nameCounts ?? {}).filter(([, n]) => n >= 2).map(([n]) => [n, parsePersonName(n)]).filter(([, q]) => q?.given);
  for (const [, q] of parsed) {
    const key = `${q.given} ${translitKey(q.surname)} ${q.suffix ?? ''}`;
    if (!homes.has(key)) homes.set(key, new Set());
    homes.get(key).add(p.id);
  }
  for (let i = 0; i < parsed.length; i++) {
    for (let j = i + 1; j < parsed.length; j++) {
      const [a, qa] = parsed[i];
      const [b, qb] = parsed[j];
      if (translitKey(qa.surname) === translitKey(qb.surname) && (!compareGiven(qa.given, qb.given) || qa.suffix !== qb.suffix)) {
        wrong++;
        if (wrongExamples.length < 10) wrongExamples.push(`${p.name}: ${a} / ${b}`);
      }
    }
  }
}
const split = [...homes].filter(([, ids]) => ids.size > 1);
console.log(`\nPerson names (used in 2+ articles) split over several profiles: ${split.length} of ${homes.size}${split.length ? `: ${split.slice(0, 10).map(([k, ids]) => `${k.trim()} (${ids.size})`).join('; ')}` : ''}`);
console.log(`Profiles joining incompatible given names of one surname: ${wrong}${wrongExamples.length ? `: ${wrongExamples.join('; ')}` : ''}`);
for (const name of show) {
  const matches = profiles.filter((p) => p.name === name);
  console.log(`\n"${name}": ${matches.length} profile(s) with this name`);
  for (const p of matches) {
    console.log(`  ${p.id}: ${p.articleCount} articles, publishers ${[...(publishers.get(p.id) ?? [])].sort().join(', ')}`);
    console.log(`  aliases: ${p.aliases.slice(0, 20).join('; ')}`);
    console.log(`  titles: ${p.titles.slice(0, 8).map((t) => `${t.title} (${t.count}, ${t.first}..${t.last})`).join('; ')}`);
  }
  const scattered = profiles.filter((p) => p.name !== name && p.aliases.includes(name));
  if (scattered.length) console.log(`  other profiles with "${name}" as an alias: ${scattered.slice(0, 8).map((p) => `${p.name} (${p.articleCount})`).join('; ')}`);
}
if (process.env.DEBUG_PROFILE) {
  for (const p of profiles.filter((x) => x.name === process.env.DEBUG_PROFILE)) console.log(JSON.stringify(p, null, 1).slice(0, 3000));
}
