// Entry point of one pool thread (piscina loads the built dist/ copy of this file). The pipeline and
// its models load once per thread, on the first task, through extract.ts's shared pipeline.
import type { ArticleInput } from '../extract.js';
import { extractOutcome, type ItemOutcome } from './item-outcome.js';

export interface ExtractTask {
  index: number;
  article: ArticleInput;
}

export default function runTask(task: ExtractTask): ItemOutcome {
  return extractOutcome(task.article, task.index);
}
