#!/usr/bin/env node
// Throughput benchmark: Storyline's extractArticle (from dist/) against compromise over the same
// PolNeAR train texts, single-threaded, in one process, warm-up first. Prints words/s for both, peak
// RSS, and a last line `ratio: R` (Storyline words/s ÷ compromise words/s) that CI can grep. Also the
// name tagger alone (tagNames over the same texts, segmented beforehand): tokens/s and words/s, and the
// syntax component's POS tagger and dependency parser alone: tokens/s.
//   npm run build && npm run bench          all 840 articles
//   BENCH_LIMIT=100 npm run bench           the first 100 only (compromise is slow)
//   BENCH_WARMUP=100 npm run bench          another warm-up length (default 20 articles per library)
//   BENCH_BATCH=840 npm run bench           articles per turn (default 100; the libraries take turns)
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url);
const dataPath = fileURLToPath(new URL('../shared/data/polnear/train.jsonl', root));
const extractPath = new URL('dist/app/extract.js', root);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 20);

function fail(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

if (!existsSync(dataPath)) fail(`no benchmark data at ${dataPath}; it is ../shared/data/polnear/train.jsonl next to the repository`);
if (!existsSync(fileURLToPath(extractPath))) fail('dist/ is missing; run `npm run build` first');
const limitText = process.env.BENCH_LIMIT;
const limit = limitText === undefined || limitText === '' ? Infinity : Number(limitText);
if (!(Number.isInteger(limit) && limit > 0) && limit !== Infinity) fail(`BENCH_LIMIT must be a positive integer, not "${limitText}"`);

const texts = [];
for (const [i, line] of readFileSync(dataPath, 'utf8').split('\n').entries()) {
  if (line.trim() === '' || texts.length >= limit) continue;
  let article;
  try {
    article = JSON.parse(line);
  } catch (err) {
    fail(`${dataPath}:${i + 1}: invalid JSON (${err.message})`);
  }
  if (typeof article.text !== 'string') fail(`${dataPath}:${i + 1}: no "text"`);
  texts.push(article.text);
}
if (texts.length === 0) fail(`${dataPath} holds no articles`);
const words = texts.reduce((sum, t) => sum + t.split(/\s+/).filter(Boolean).length, 0);

const { extractArticle } = await import(extractPath.href);
// Loaded after Storyline's warm-up, so that the RSS then is Storyline's alone.
let nlp;

const storyline = (text, i) => extractArticle({ id: `bench-${i}`, text });
const compromise = (text) => {
  const doc = nlp(text);
  doc.people().json();
  doc.places().json();
  doc.organizations().json();
  doc.quotations().json();
  doc.json();
};

// The libraries take turns over the texts, BENCH_BATCH articles a turn (which goes first alternates),
// and each one's seconds are summed. This machine's speed drifts by tens of percent over seconds to
// minutes; timing one library's whole pass (6 s) and then the other's (30 s) would put that drift into
// the ratio, while turns expose both to the same stretch of time. Turns are long enough (about a second)
// that neither evicts the other's working set often. Each library still reads every text once, in order,
// after the same warm-up; BENCH_BATCH=840 or more is one pass each, one after the other.
const BATCH = Number(process.env.BENCH_BATCH ?? 100);
if (!(Number.isInteger(BATCH) && BATCH > 0)) fail(`BENCH_BATCH must be a positive integer, not "${process.env.BENCH_BATCH}"`);

/** Seconds fn takes over texts [from, to). */
function time(fn, from, to) {
  const started = process.hrtime.bigint();
  for (let i = from; i < to; i++) fn(texts[i], i);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** Both libraries over every text, in turns: [Storyline seconds, compromise seconds]. */
function timeInTurns() {
  let storylineSeconds = 0;
  let compromiseSeconds = 0;
  for (let from = 0, turn = 0; from < texts.length; from += BATCH, turn++) {
    const to = Math.min(texts.length, from + BATCH);
    if (turn % 2 === 0) {
      storylineSeconds += time(storyline, from, to);
      compromiseSeconds += time(compromise, from, to);
    } else {
      compromiseSeconds += time(compromise, from, to);
      storylineSeconds += time(storyline, from, to);
    }
  }
  return [storylineSeconds, compromiseSeconds];
}

const mb = (kb) => `${Math.round(kb / 1024)} MB`;
const fmt = (n) => Math.round(n).toLocaleString('en-US');
const report = (name, seconds) => {
  const wps = words / seconds;
  console.log(`${name.padEnd(10)} ${seconds.toFixed(2)} s  ${fmt(wps)} words/s  ${(texts.length / seconds).toFixed(1)} articles/s`);
  return wps;
};

console.log(`bench: ${texts.length} articles, ${fmt(words)} words (whitespace-separated), ${dataPath}`);
// Warm-up: JIT, lazy data loading (lexicons, the wink model, compromise's lexicon) stay out of the timing.
for (const [i, t] of texts.slice(0, WARMUP).entries()) storyline(t, i);
const rssStoryline = process.resourceUsage().maxRSS;
({ default: nlp } = await import('compromise'));
for (const t of texts.slice(0, WARMUP)) compromise(t);
const [storylineSeconds, compromiseSeconds] = timeInTurns();
const storylineWps = report('storyline', storylineSeconds);
const compromiseWps = report('compromise', compromiseSeconds);
console.log(`peak RSS: ${mb(process.resourceUsage().maxRSS)} (both libraries loaded; ${mb(rssStoryline)} with Storyline alone after its warm-up)`);

// The trained name tagger alone (src/stages/entities/ner/): tagNames over the same texts, segmented
// outside the timing, warm-up first. Words/s use the same whitespace word count as the lines above.
const { Pipeline } = await import(new URL('dist/core/pipeline.js', root).href);
const { segmentStage } = await import(new URL('dist/stages/segment/wink-segmenter.js', root).href);
const { tagNames } = await import(new URL('dist/stages/entities/ner/ner-tagger.js', root).href);
const segmenter = new Pipeline([segmentStage]);
const docs = texts.map((t, i) => segmenter.run(t, { id: `bench-${i}` }));
const tokens = docs.reduce((sum, d) => sum + d.tokens.length, 0);
for (const d of docs.slice(0, WARMUP)) tagNames(d);
const nerStarted = process.hrtime.bigint();
for (const d of docs) tagNames(d);
const nerSeconds = Number(process.hrtime.bigint() - nerStarted) / 1e9;
console.log(`ner tagger ${nerSeconds.toFixed(2)} s  ${fmt(tokens / nerSeconds)} tokens/s  ${fmt(words / nerSeconds)} words/s  (${fmt(tokens)} Storyline tokens; compromise ${fmt(compromiseWps)} words/s)`);

// The syntax component alone (src/stages/syntax/): the POS tagger, then the dependency parser over
// the tagger's output, sentence by sentence over the same segmented texts; word features (hashes,
// clusters) are built outside the parser's timing, inside the tagger's.
const { syntaxModel } = await import(new URL('dist/stages/syntax/syntax-model.js', root).href);
const { SentenceWords } = await import(new URL('dist/stages/syntax/word-features.js', root).href);
const { decodeModelFile } = await import(new URL('dist/models/model-file.js', root).href);
const syntax = syntaxModel();
// The model file's load (read, decode, tables) timed afresh: syntaxModel() above was loaded by the warm-up.
const loadStarted = process.hrtime.bigint();
decodeModelFile(readFileSync(new URL('data/models/syntax.bin', root)));
const loadMs = Number(process.hrtime.bigint() - loadStarted) / 1e6;
const sentences = docs.flatMap((d) => d.sentences.map((s) => d.tokens.slice(s.firstToken, s.endToken).map((t) => t.norm)));
for (const forms of sentences.slice(0, 500)) syntax.tag(forms);
const tagStarted = process.hrtime.bigint();
const tagged = sentences.map((forms) => syntax.tag(forms));
const tagSeconds = Number(process.hrtime.bigint() - tagStarted) / 1e9;
const prepared = sentences.map((forms) => new SentenceWords(forms));
for (let k = 0; k < 500 && k < prepared.length; k++) syntax.parser.parseBest(prepared[k], tagged[k]);
const parseStarted = process.hrtime.bigint();
for (let k = 0; k < prepared.length; k++) syntax.parser.parseBest(prepared[k], tagged[k]);
const parseSeconds = Number(process.hrtime.bigint() - parseStarted) / 1e9;
console.log(`pos tagger ${tagSeconds.toFixed(2)} s  ${fmt(tokens / tagSeconds)} tokens/s (word features included)`);
console.log(`parser     ${parseSeconds.toFixed(2)} s  ${fmt(tokens / parseSeconds)} tokens/s (transitions and labels, one thread)`);
console.log(`syntax model load ${Math.round(loadMs)} ms (data/models/syntax.bin: read, decode, build the tables)`);
console.log(`ratio: ${(storylineWps / compromiseWps).toFixed(2)}`);
