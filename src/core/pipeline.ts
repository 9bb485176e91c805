// The pipeline runner: checks at construction that every stage's requirements are met by an earlier
// stage, then runs the stages in order over each document.
import { Doc, type DocumentMeta, type LayerName } from './document.js';
import { StorylineError } from './errors.js';
import type { Stage, StageContext } from './stage.js';

export class Pipeline {
  constructor(readonly stages: readonly Stage[]) {
    const available = new Set<LayerName>(['normalized']);
    for (const stage of stages) {
      const missing = stage.requires.filter((layer) => !available.has(layer));
      if (missing.length > 0) {
        throw new StorylineError(
          'E_PIPELINE',
          `stage "${stage.name}" requires ${missing.join(', ')}, which no earlier stage assigns`,
        );
      }
      for (const layer of stage.assigns) available.add(layer);
    }
  }

  run(text: string, meta: DocumentMeta): Doc {
    const doc = Doc.create(text, meta);
    const ctx: StageContext = { published: meta.published ?? null };
    for (const stage of this.stages) {
      stage.run(doc, ctx);
      for (const layer of stage.assigns) doc.assigned.add(layer);
    }
    return doc;
  }
}
