// Entry point of one pool thread (piscina loads the built dist/ copy of this file). The pipeline and
// its models load once per thread, on the first task, through extract.ts's shared pipeline.
import type { ArticleInput } from '../extract.js';
import type { IngestArticle } from '../ingest-inputs.js';
import { extractOutcome, ingestOutcome, type ItemOutcome } from './item-outcome.js';

export type ExtractTask = { index: number; article: ArticleInput } | { index: number; ingest: IngestArticle };

export default function runTask(task: ExtractTask): ItemOutcome {
  return 'ingest' in task ? ingestOutcome(task.ingest, task.index) : extractOutcome(task.article, task.index);
}
