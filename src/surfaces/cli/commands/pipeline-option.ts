// The --pipeline option every extracting command shares (extract, ingest, serve, worker): which preset
// of the pipeline to run (src/pipeline/default-pipeline.ts); the extraction threads load the same one.
import { usePipelinePreset } from '../../../app/extract.js';
import { parsePipelinePreset } from '../../../pipeline/default-pipeline.js';

export const PIPELINE_OPTION = { pipeline: { type: 'string' } } as const;

/** Checks `--pipeline NAME` and makes it this process's preset. */
export function choosePipeline(value: string | undefined): void {
  usePipelinePreset(parsePipelinePreset(value));
}
