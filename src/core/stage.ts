// The stage contract: a stage declares every layer it reads (`requires`), every layer it fills
// (`assigns`) and every layer an earlier stage filled that it edits (`modifies`). The runner refuses
// a pipeline where a stage needs a layer no earlier stage assigns; test/pipeline/stage-contracts.test.ts
// runs each stage on a document that throws when the stage touches a layer it did not declare.
import type { Doc, LayerName } from './document.js';

export interface StageContext {
  /** Reference date for relative expressions (publication date), or null when unknown. */
  readonly published: string | null;
}

export interface Stage {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly assigns: readonly LayerName[];
  /** Layers an earlier stage assigned that this stage edits (adds to, links, rewrites). */
  readonly modifies?: readonly LayerName[];
  run(doc: Doc, ctx: StageContext): void;
}
