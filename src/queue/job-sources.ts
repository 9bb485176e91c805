// Turns `storyline enqueue` arguments into jobs. Files, directories, .gz, WARC and JSONL are read here,
// through the same reader as `storyline ingest` (app/ingest-inputs.ts), so a job holds the article
// itself; http(s) URLs become URL jobs that a worker fetches, so slow sites cost the fleet, not the
// enqueuing machine. Unreadable items are reported and skipped: one bad line never stops an enqueue.
import { ingestInputs } from '../app/ingest-inputs.js';
import { isUrl } from '../app/ingest-sources.js';
import type { JobData } from './job-data.js';

export interface SourceProblem {
  location: string;
  code: string;
  message: string;
}

export async function* jobsFromArguments(args: string[], onProblem: (p: SourceProblem) => void, published: string | null = null): AsyncGenerator<JobData> {
  let files: string[] = [];
  const flush = async function* (): AsyncGenerator<JobData> {
    for await (const entry of ingestInputs(files, { published })) {
      if (entry.kind === 'error') onProblem({ location: entry.location, code: entry.code, message: entry.message });
      else yield { kind: 'article', article: entry };
    }
    files = [];
  };
  for (const arg of args) {
    if (!isUrl(arg)) {
      files.push(arg);
      continue;
    }
    yield* flush();
    yield { kind: 'url', url: arg, published };
  }
  yield* flush();
}
