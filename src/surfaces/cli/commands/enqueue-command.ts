// `storyline enqueue INPUT... --redis URL`: put articles (read as `storyline ingest` reads them) and URLs
// on the queue for `storyline worker` processes; --feeds adds the items of the subscribed feeds
// (--state PATH, as `storyline feeds`). Bad lines are named on stderr and skipped (exit 1).
import { parseArgs } from 'node:util';
import { parsePublished } from '../../../app/intake.js';
import { StorylineError } from '../../../core/errors.js';
import { enqueueJobs } from '../../../queue/enqueue.js';
import { feedJobs } from '../../../queue/feed-jobs.js';
import type { JobData } from '../../../queue/job-data.js';
import { jobsFromArguments, type SourceProblem } from '../../../queue/job-sources.js';
import { DEFAULT_STATE } from './feeds-command.js';
import { QUEUE_OPTIONS, queueTarget } from './queue-options.js';
import { count } from '../plural.js';

export async function runEnqueue(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { ...QUEUE_OPTIONS, published: { type: 'string' }, feeds: { type: 'boolean' }, state: { type: 'string' }, 'allow-private': { type: 'boolean' } },
  });
  const target = queueTarget(values);
  if (positionals.length === 0 && !values.feeds) throw new StorylineError('E_BAD_OPTION', 'give files, directories, JSONL batches or URLs to enqueue, or --feeds');
  const published = parsePublished(values.published);
  let problems = 0;
  const onProblem = (p: SourceProblem) => {
    problems++;
    process.stderr.write(`storyline: ${p.message.includes(p.location) ? '' : `${p.location}: `}${p.message} [${p.code}]\n`);
  };
  const statePath = values.state ?? DEFAULT_STATE;
  async function* jobs(): AsyncGenerator<JobData> {
    yield* jobsFromArguments(positionals, onProblem, published);
    if (values.feeds) yield* feedJobs(statePath, onProblem, { allowPrivate: values['allow-private'] === true });
  }
  const sent = await enqueueJobs(jobs(), target);
  process.stderr.write(`storyline: ${count(sent, 'job')} queued on ${target.redis} (prefix ${target.prefix})${problems ? `, ${problems} skipped` : ''}\n`);
  return problems > 0 ? 1 : 0;
}
