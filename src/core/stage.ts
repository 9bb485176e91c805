// The stage contract: a stage declares the layers it reads and the layers it fills.
import type { Doc, LayerName } from './document.js';

export interface StageContext {
  /** Reference date for relative expressions (publication date), or null when unknown. */
  readonly published: string | null;
}

export interface Stage {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly assigns: readonly LayerName[];
  run(doc: Doc, ctx: StageContext): void;
}
