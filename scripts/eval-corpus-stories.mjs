#!/usr/bin/env node
// Story grouping on extracted records, in publication order (as a feed would deliver them): entities
// are resolved first (profile ids feed the signatures), then each article joins or starts a story.
// Prints the story-size distribution, the largest stories with their members' titles and publishers,
// and whether known re-publications (same publisher and URL slug, two dates) share a story.
// With --cross-source, prints the quantities that articles of one story report differently.
// With --timeline N, also prints the first N timeline entries of the largest story.
// Usage: npm run build && node scripts/eval-corpus-stories.mjs /tmp/polnear-train-records.jsonl [--top 12] [--window 10] [--min 0.26] [--timeline 30] [--cross-source] [--no-idf]
import { readFileSync } from 'node:fs';
import { MemoryEntityIndex } from '../dist/corpus/entities/index.js';
import { MemoryStoryIndex, buildTimeline } from '../dist/corpus/stories/index.js';
import { compareQuantities } from '../dist/corpus/cross-source/index.js';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const records = readFileSync(args[0], 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
records.sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.id.localeCompare(b.id));
const publisherOf = (r) => r.publisher ?? String(r.id).split('_')[0];

const entities = new MemoryEntityIndex();
const stories = new MemoryStoryIndex({ windowDays: opt('--window', undefined), minScore: opt('--min', undefined), idf: !args.includes('--no-idf') });
const t0 = performance.now();
for (const r of records) {
  const resolved = entities.addArticle(r);
  stories.addArticle(r, { publisher: publisherOf(r) }, r.entities.map((e) => resolved.get(e.id) ?? null));
}
const ms = performance.now() - t0;
const members = new Map();
for (const r of records) {
  const s = stories.storyOf.get(r.id);
  if (!members.has(s)) members.set(s, []);
  members.get(s).push(r);
}
const sizes = [...members.values()].map((m) => m.length);
const hist = {};
for (const n of sizes) hist[n >= 10 ? '10+' : n] = (hist[n >= 10 ? '10+' : n] ?? 0) + 1;
const multiPublisher = [...members.values()].filter((m) => new Set(m.map(publisherOf)).size > 1).length;
console.log(`${records.length} articles -> ${members.size} stories (${ms.toFixed(0)} ms incl. entity resolution)`);
console.log(`story sizes: ${JSON.stringify(hist)}; in multi-article stories: ${sizes.filter((n) => n > 1).reduce((a, b) => a + b, 0)} articles; stories with 2+ publishers: ${multiPublisher}`);
const slugs = new Map();
for (const r of records) {
  const [pub, , slug] = String(r.id).split('_');
  if (!slug) continue;
  const k = `${pub}_${slug}`;
  if (!slugs.has(k)) slugs.set(k, []);
  slugs.get(k).push(r.id);
}
const pairs = [...slugs.values()].filter((ids) => ids.length > 1);
const together = pairs.filter((ids) => new Set(ids.map((id) => stories.storyOf.get(id))).size === 1).length;
console.log(`re-publications (same publisher and slug) in one story: ${together}/${pairs.length}`);
const top = opt('--top', 12);
for (const m of [...members.values()].sort((a, b) => b.length - a.length).slice(0, top)) {
  const s = stories.stories.get(stories.storyOf.get(m[0].id));
  console.log(`\n[${m.length}] ${s.first}..${s.last} ${Object.keys(s.centroid).slice(0, 8).join(' ')}`);
  for (const r of m.slice(0, 12)) console.log(`   ${r.published} ${publisherOf(r).padEnd(12)} ${(r.title ?? '').slice(0, 90)}`);
}
const timelineN = opt('--timeline', 0);
if (timelineN > 0) {
  const largest = [...members.values()].sort((a, b) => b.length - a.length)[0];
  const timeline = buildTimeline(largest.map((r) => ({ record: r, meta: { publisher: publisherOf(r) } })));
  const bySource = {};
  for (const e of timeline) bySource[e.dateSource] = (bySource[e.dateSource] ?? 0) + 1;
  console.log(`\nTimeline of the largest story: ${timeline.length} entries, date sources ${JSON.stringify(bySource)}`);
  for (const e of timeline.slice(0, timelineN)) {
    const what = e.kind === 'quote' ? `${e.speaker ?? '?'}: "${(e.content ?? '').slice(0, 80)}"` : `${e.label} (${e.actor ?? '-'} -> ${e.target ?? '-'})`;
    console.log(`  ${e.date} ${e.dateSource.padEnd(9)} ${(e.dateText ?? '').padEnd(14).slice(0, 14)} ${e.source.publisher?.padEnd(12)} ${e.kind.padEnd(5)} ${what}${e.alsoIn.length ? ` [+${e.alsoIn.length} sources]` : ''}`);
  }
}
if (args.includes('--cross-source')) {
  let flagged = 0;
  let storiesWith = 0;
  for (const m of members.values()) {
    if (m.length < 2) continue;
    const flags = compareQuantities(m.map((r) => ({ record: r, meta: { publisher: publisherOf(r) } })));
    if (flags.length) storiesWith++;
    for (const f of flags) {
      flagged++;
      console.log(`\n${f.kind}: ${f.what} — ${f.disagreements.length} disagreeing pair(s)`);
      for (const r of f.reports) console.log(`   ${r.published} ${String(r.publisher).padEnd(12)} ${r.value} (${r.qualifier}) "${r.text}" … ${r.context.slice(0, 140).replace(/\s+/g, ' ')}`);
    }
  }
  console.log(`\ncross-source flags: ${flagged} in ${storiesWith} stories`);
}
