// The default pipeline, declared in one place. Order and why:
//   segment   wink-nlp sentences, tokens, POS, lemmas: everything else reads tokens
//   entities  names, types and titles: quotes need candidate speakers
//   quotes    direct and reported speech with cue and source spans
//   coref     links quote sources (names, pronouns, descriptions) to entities; needs both layers
import { Pipeline } from '../core/pipeline.js';
import { segmentStage } from '../stages/segment/wink-segmenter.js';
import { entitiesStage } from '../stages/entities/entities-stage.js';
import { quotesStage } from '../stages/quotes/quotes-stage.js';
import { corefStage } from '../stages/coref/coref-stage.js';

export function defaultPipeline(): Pipeline {
  return new Pipeline([segmentStage, entitiesStage, quotesStage, corefStage]);
}
