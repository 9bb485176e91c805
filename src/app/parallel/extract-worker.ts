// Entry point of one pool thread (piscina loads the built dist/ copy of this file). The pipeline and
// its models load here, at import, before piscina marks the thread ready, so no task ever waits behind
// a model load. A `ping` task holds the thread a moment and says which thread it was: the pool's
// warm-up uses it to know every thread is loaded.
import { threadId } from 'node:worker_threads';
import { workerData } from 'piscina';
import { articleSource, type ArticleSource } from '../../core/article-source.js';
import type { PipelinePreset } from '../../pipeline/default-pipeline.js';
import { usePipelinePreset } from '../extract.js';
import { extractSource } from '../intake.js';
import { extractOutcome, toWire, type ItemError, type WireResult } from './item-outcome.js';

/** `started`: a shared cell the thread stamps with the time it begins (the pool's time budget reads it). */
export type ExtractTask = ({ index: number; article: ArticleSource } | { ping: number }) & { started?: BigInt64Array };

/** What the pool gives every thread: the pipeline preset to load. */
export interface ExtractWorkerData {
  pipeline: PipelinePreset;
}

usePipelinePreset((workerData as ExtractWorkerData | undefined)?.pipeline ?? 'default');
extractSource(articleSource({ id: 'warm-up', text: 'Ana Ruiz, the mayor of Lima, said on Monday that 3 trucks had arrived.' }));

export default function runTask(task: ExtractTask): WireResult | ItemError | number {
  if (task.started) Atomics.store(task.started, 0, BigInt(Date.now()));
  if ('ping' in task) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, task.ping);
    return threadId;
  }
  return toWire(extractOutcome(task.article, task.index));
}
