// Segment stage: sentences, tokens, POS tags and lemmas from wink-nlp's English model. wink reads the
// normalised text; each token is located in it and mapped back to the original input.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Doc } from '../../core/document.js';
import { toSource, type NormalizedText } from '../../core/normalize.js';
import type { Token } from '../../core/records/token.js';
import type { Sentence } from '../../core/records/sentence.js';
import type { Stage } from '../../core/stage.js';

// Only the annotations we read: sentence boundaries and POS (lemmas come from POS). wink's own
// negation, sentiment and entity passes would cost about a third of its time for nothing.
// The core model is read through a wrapper that keeps a handle on wink's lexicon (see forgetPossessives).
interface Lexicon {
  hash: Record<string, number>;
  list: string[];
}
let lexemes: Lexicon = { hash: {}, list: [] };
const readCore = model.core as unknown as () => { features: { lexeme: Lexicon } };
const withLexicon = { ...model, core: () => {
  const core = readCore();
  lexemes = core.features.lexeme;
  return core;
} } as unknown as typeof model;
const nlp = winkNLP(withLexicon, ['sbd', 'pos']);
const its = nlp.its;

/**
 * A word with a possessive "'s" glued on (the normaliser has straightened curly apostrophes). The stem
 * may hold apostrophes of its own ("O'Reilly's"): wink splits those too when it first meets them.
 */
const POSSESSIVE = /^(\p{L}[\p{L}\p{M}\p{N}.'-]*)'[sS]$/u;
const APOSTROPHE = 0x27;

// wink's cost grows with very long "sentences" that have no punctuation; cut input into chunks at
// line breaks (and, for pathological single lines, at spaces) so one giant line stays linear.
const MAX_CHUNK = 20_000;

function* chunks(text: string): Generator<[number, number]> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + MAX_CHUNK);
    if (end < text.length) {
      const nl = text.lastIndexOf('\n', end);
      if (nl > start) end = nl + 1;
      else {
        const sp = text.lastIndexOf(' ', end);
        if (sp > start) end = sp + 1;
      }
    }
    yield [start, end];
    start = end;
  }
}

// Tokens are built by a constructor, not an object literal: V8 learns that a literal's objects live
// long (a token lives through every stage) and then allocates them straight into the old generation,
// where each store of a new string pays the write barrier's slow path. In the full pipeline that
// made the literal 4% of extraction time; objects from a constructor are allocated young.
class SegmentToken implements Token {
  declare kind: 'token';
  declare start: number;
  declare end: number;
  declare norm: string;
  declare lower: string;
  declare pos: string;
  declare lemma: string;
  declare type: string;
  declare sentence: number;
  declare spaceBefore: boolean;
  declare lineBefore: boolean;

  constructor(start: number, end: number, norm: string, pos: string, lemma: string, type: string, sentence: number, spaceBefore: boolean, lineBefore: boolean) {
    // Assigned in the schema's order, which is the order of the record's JSON.
    this.kind = 'token';
    this.start = start;
    this.end = end;
    this.norm = norm;
    this.lower = norm.toLowerCase();
    this.pos = pos;
    this.lemma = lemma;
    this.type = type;
    this.sentence = sentence;
    this.spaceBefore = spaceBefore;
    this.lineBefore = lineBefore;
  }
}

export const segmentStage: Stage = {
  name: 'segment.wink',
  requires: ['normalized'],
  assigns: ['tokens', 'sentences'],
  run(doc: Doc) {
    const norm = doc.normalized;
    const text = norm.text;
    const tokens: Token[] = [];
    const sentences: Sentence[] = [];
    let paragraph = 0;
    let pendingLine = true;
    let sentenceStart = 0;
    const flush = () => {
      if (tokens.length > sentenceStart) closeSentence(sentences, tokens, sentenceStart, paragraph);
      sentenceStart = tokens.length;
    };
    for (const [cStart, cEnd] of chunks(text)) {
      const piece = text.slice(cStart, cEnd);
      const learnedBefore = lexemes.list.length;
      const wdoc = nlp.readDoc(piece);
      const values = wdoc.tokens().out(its.value) as string[];
      const pos = wdoc.tokens().out(its.pos) as string[];
      const lemmas = wdoc.tokens().out(its.lemma as never) as string[];
      const types = wdoc.tokens().out(its.type) as string[];
      forgetPossessives(learnedBefore);
      // First token index of each wink sentence.
      const sentenceFirst = new Set<number>();
      for (const [first] of wdoc.sentences().out(its.span) as unknown as [number, number][]) sentenceFirst.add(first);
      let cursor = 0;
      for (let t = 0; t < values.length; t++) {
        const value = values[t];
        // Nearly every token starts where the last one ended or one space after it.
        const at = occursAt(piece, value, cursor) ? cursor : occursAt(piece, value, cursor + 1) ? cursor + 1 : piece.indexOf(value, cursor);
        if (at < 0) continue; // wink does not rewrite token text; skip defensively if it ever does
        const gapLength = at - cursor;
        for (let k = cursor; k < at; k++) if (piece.charCodeAt(k) === 10) pendingLine = true;
        cursor = at + value.length;
        if (types[t] === 'tabCRLF' || value.trim() === '') {
          if (value.includes('\n')) pendingLine = true;
          continue;
        }
        // A line break always ends a sentence: headlines and bylines carry no final punctuation.
        // wink ends a sentence at "?" or "!" inside a quotation ("“... OK?” he said"); a sentence that
        // opens with a lower-case word continues the previous one.
        const continuesSentence = !pendingLine && tokens.length > 0 && startsLowerCase(value);
        if ((sentenceFirst.has(t) && !continuesSentence) || pendingLine) flush();
        if (pendingLine && tokens.length > 0) paragraph++;
        const space = gapLength > 0 || at === 0;
        // wink splits "Trump's" into "Trump" + "'s", except where it keeps the word whole ("Trump's,"
        // splits off the comma only) — and then it learns the whole word and keeps it whole in every
        // later text. Splitting here makes the tokens the same wherever the word stands and whatever
        // was read before.
        const possessive = types[t] === 'word' && value.charCodeAt(value.length - 2) === APOSTROPHE ? POSSESSIVE.exec(value) : null;
        if (possessive) {
          const stem = possessive[1];
          // wink's tag of the unsplit word is a guess for an unknown word; a possessor is a name or a noun.
          const stemTag = /^\p{Lu}/u.test(stem) ? 'PROPN' : 'NOUN';
          const mid = cStart + at + stem.length;
          tokens.push(makeToken(norm, cStart + at, mid, stem, stemTag, stem.toLowerCase(), types[t], sentences.length, space, pendingLine));
          // The "'s" is glued to its stem: no space and no line break before it, as when wink splits.
          tokens.push(makeToken(norm, mid, cStart + cursor, value.slice(stem.length), 'PART', "'s", types[t], sentences.length, false, false));
        } else tokens.push(makeToken(norm, cStart + at, cStart + cursor, value, pos[t], lemmas[t], types[t], sentences.length, space, pendingLine));
        pendingLine = false;
      }
      if (piece.endsWith('\n')) pendingLine = true;
    }
    flush();
    doc.tokens = tokens;
    doc.sentences = sentences;
  },
};

const LEARNED_POSSESSIVE = /'[sS]$/;

/**
 * wink keeps a word whole once it is in its lexicon, and it adds "Name's" whole when it meets "Name's,";
 * from then on "Name's" stays one token in every text, which changes the POS tags around it. So the
 * possessives learned while reading a text are taken out of the hash again (their list and feature
 * slots stay, so wink's own indices stay aligned; a re-learned word takes a new slot, a few per text).
 */
function forgetPossessives(from: number): void {
  const { hash, list } = lexemes;
  for (let i = from; i < list.length; i++) if (LEARNED_POSSESSIVE.test(list[i]) && hash[list[i]] === i) delete hash[list[i]];
}

/** `text.startsWith(value, at)` by char codes: tokens are short, and a builtin call costs more than the loop. */
function occursAt(text: string, value: string, at: number): boolean {
  if (at + value.length > text.length) return false;
  for (let k = 0; k < value.length; k++) if (text.charCodeAt(at + k) !== value.charCodeAt(k)) return false;
  return true;
}

/** A token over [from, to) of the normalised text (never empty), with offsets of the original input. */
function makeToken(norm: NormalizedText, from: number, to: number, text: string, tag: string, lemma: string, type: string, sentence: number, space: boolean, line: boolean): Token {
  const src = toSource(norm, from, to);
  return new SegmentToken(src.start, src.end, text, tag, lemma, type, sentence, space, line);
}

const LOWER_START = /^\p{Ll}/u;

/** The word opens with a lower-case letter (ASCII by char code, the rest by Unicode class). */
function startsLowerCase(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c < 0x80) return c >= 97 && c <= 122;
  return LOWER_START.test(value);
}

function closeSentence(sentences: Sentence[], tokens: Token[], first: number, paragraph: number): void {
  if (first < 0 || first >= tokens.length) return;
  const index = sentences.length;
  for (let i = first; i < tokens.length; i++) tokens[i].sentence = index;
  sentences.push({
    kind: 'sentence',
    start: tokens[first].start,
    end: tokens[tokens.length - 1].end,
    firstToken: first,
    endToken: tokens.length,
    paragraph,
  });
}
