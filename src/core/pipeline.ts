// The pipeline runner: checks at construction that every layer a stage requires or modifies is
// assigned by an earlier stage, then runs the stages in order over each document.
import { Doc, type DocumentMeta, type LayerName } from './document.js';
import { StorylineError } from './errors.js';
import type { Stage, StageContext } from './stage.js';

export class Pipeline {
  /** The layers a document has after this pipeline, in the order they are assigned. */
  readonly layers: readonly LayerName[];

  constructor(readonly stages: readonly Stage[]) {
    const available = new Set<LayerName>(['normalized']);
    for (const stage of stages) {
      for (const [verb, layers] of [['requires', stage.requires], ['modifies', stage.modifies ?? []]] as const) {
        const missing = layers.filter((layer) => !available.has(layer));
        if (missing.length > 0) {
          throw new StorylineError('E_PIPELINE', `stage "${stage.name}" ${verb} ${missing.join(', ')}, which no earlier stage assigns`);
        }
      }
      for (const layer of stage.assigns) available.add(layer);
    }
    this.layers = [...available];
  }

  run(text: string, meta: DocumentMeta): Doc {
    const doc = Doc.create(text, meta);
    const ctx: StageContext = { published: meta.published ?? null };
    for (const stage of this.stages) stage.run(doc, ctx);
    return doc;
  }
}
