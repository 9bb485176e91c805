// The default pipeline, declared in one place. Order and why:
//   segment   wink-nlp sentences, tokens, POS, lemmas: everything else reads tokens
//   syntax    our tagger, lemmatiser and dependency parser over those tokens (doc.syntax): events read
//             subjects, objects and agents from it
//   entities  names, types and titles: quotes need candidate speakers
//   places    geocodes place entities: dates need the time zone of a place named ("local time")
//   quotes    direct and reported speech with cue and source spans
//   coref     links quote sources (names, pronouns, descriptions) to entities; needs both layers
//   dates     temporal expressions resolved against the publication date
//   amounts   numbers with units and counted objects
//   events    CAMEO events: need entities, places, dates, amounts and quotes (who claims them)
//   consistency  totals against their parts: needs amounts and the events that tie them together
//
// Presets are named variants of it, chosen with `--pipeline NAME` on the commands that extract
// (extract, ingest, serve, worker): `default`, and `rule-ner`, where the entities stage finds names
// with the rule-based recogniser alone instead of the trained tagger (to compare the two).
import { StorylineError } from '../core/errors.js';
import { Pipeline } from '../core/pipeline.js';
import { segmentStage } from '../stages/segment/wink-segmenter.js';
import { syntaxStage } from '../stages/syntax/syntax-stage.js';
import { entitiesStage, ruleEntitiesStage } from '../stages/entities/entities-stage.js';
import { placesStage } from '../stages/places/places-stage.js';
import { quotesStage } from '../stages/quotes/quotes-stage.js';
import { corefStage } from '../stages/coref/coref-stage.js';
import { datesStage } from '../stages/dates/dates-stage.js';
import { amountsStage } from '../stages/amounts/amounts-stage.js';
import { eventsStage } from '../stages/events/events-stage.js';
import { consistencyStage } from '../stages/consistency/consistency-stage.js';

export const PIPELINE_PRESETS = ['default', 'rule-ner'] as const;
export type PipelinePreset = (typeof PIPELINE_PRESETS)[number];

export function defaultPipeline(preset: PipelinePreset = 'default'): Pipeline {
  const entities = preset === 'rule-ner' ? ruleEntitiesStage : entitiesStage;
  return new Pipeline([segmentStage, syntaxStage, entities, placesStage, quotesStage, corefStage, datesStage, amountsStage, eventsStage, consistencyStage]);
}

/** `--pipeline NAME` to a preset (undefined: the default). */
export function parsePipelinePreset(value: string | undefined): PipelinePreset {
  if (value === undefined) return 'default';
  const preset = PIPELINE_PRESETS.find((p) => p === value);
  if (!preset) throw new StorylineError('E_BAD_OPTION', `--pipeline must be one of ${PIPELINE_PRESETS.join(', ')}, not "${value}"`);
  return preset;
}
