// The trained English name tagger: tokens from the segment stage in, name spans (token ranges typed
// PERSON, ORG, GPE, LOC, FAC, NORP, EVENT or MISC) out. Two passes of a structured perceptron
// (data/models/ner-perceptron.json, trained on CoNLL-2003 train by scripts/train-ner-model.mjs): the
// first tags each sentence alone; the second also sees the first pass's tags across the document, so
// a name keeps one type through an article. The model loads once per process.
import type { Doc } from '../../../core/document.js';
import type { EntityType } from '../../../core/records/entity.js';
import { readFileSync } from 'node:fs';
import { loadWeights, type StoredSequenceWeights } from '../../../models/stored-sequence-weights.js';
import { docFacts, docFeatures } from './ner-doc-features.js';
import { prepareDoc } from './ner-features.js';
import { getNerGazetteer, type NerGazetteer } from './ner-gazetteer.js';
import { NerDecoder } from './ner-model.js';
import { refineType } from './ner-output-types.js';
import { TagScheme, type SchemeName, type TagSpan } from './tag-scheme.js';

// src/stages/entities/ner/ and dist/stages/entities/ner/ both sit four levels below the repository root.
// Read directly rather than through loadData: the parsed JSON is only needed while building the
// typed arrays, and loadData would keep it alive for the whole process.
export const NER_MODEL_URL = new URL('../../../../data/models/ner-perceptron.json', import.meta.url);
export const NER_EXTRACTOR = 'entities.ner-perceptron.v1';

/** The stored model: the tag scheme and one or two passes of weights. */
export interface NerModelFile {
  about: string;
  scheme: SchemeName;
  passes: StoredSequenceWeights[];
}

/** A tagged name: tokens [first, end) of `doc.tokens`. */
export interface NameSpan {
  first: number;
  end: number;
  type: EntityType;
}

export class NerTagger {
  readonly scheme: TagScheme;
  private readonly decoder: NerDecoder;

  constructor(
    model: NerModelFile,
    private readonly gaz: NerGazetteer,
  ) {
    this.scheme = new TagScheme(model.scheme);
    this.decoder = new NerDecoder(model.passes.map(loadWeights), gaz, this.scheme.mask());
  }

  /** Tags per token after the last pass. */
  tagTokens(doc: Doc): Uint8Array {
    const v = prepareDoc(doc, this.gaz);
    const tags = new Uint8Array(doc.tokens.length);
    this.decoder.tag(v, (first) => {
      const facts = docFacts(v, first, this.scheme);
      return (i, sink) => docFeatures(v, facts, this.scheme, i, sink);
    }, tags);
    return tags;
  }

  /** CoNLL-typed spans, in order, non-overlapping; never across a sentence boundary. */
  tagSpans(doc: Doc): TagSpan[] {
    const tags = this.tagTokens(doc);
    const spans: TagSpan[] = [];
    for (const s of doc.sentences) {
      for (const span of this.scheme.decode(tags.subarray(s.firstToken, s.endToken))) {
        spans.push({ first: s.firstToken + span.first, end: s.firstToken + span.end, type: span.type });
      }
    }
    return spans;
  }

  tagNames(doc: Doc): NameSpan[] {
    const lex = this.gaz.lex;
    return this.tagSpans(doc).map((s) => ({ first: s.first, end: s.end, type: refineType(s.type, doc.tokens, s.first, s.end, lex) }));
  }
}

let shared: NerTagger | undefined;

/** The shipped tagger, loaded on first use. */
export function getNerTagger(): NerTagger {
  shared ??= new NerTagger(JSON.parse(readFileSync(NER_MODEL_URL, 'utf8')) as NerModelFile, getNerGazetteer());
  return shared;
}

/** Names in a segmented document (tokens and sentences assigned), as token ranges over `doc.tokens`. */
export function tagNames(doc: Doc): NameSpan[] {
  return getNerTagger().tagNames(doc);
}
