// `storyline enqueue FILE|URL... --redis URL`: put articles (text files, JSONL lines) and URLs on the
// queue for `storyline worker` processes. Bad lines are named on stderr and skipped (exit 1).
import { parseArgs } from 'node:util';
import { StorylineError } from '../../../core/errors.js';
import { enqueueJobs } from '../../../queue/enqueue.js';
import { jobsFromArguments } from '../../../queue/job-sources.js';
import { QUEUE_OPTIONS, queueTarget } from './queue-options.js';

export async function runEnqueue(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { ...QUEUE_OPTIONS, published: { type: 'string' } },
  });
  const target = queueTarget(values);
  if (positionals.length === 0) throw new StorylineError('E_BAD_OPTION', 'give files, JSONL files or URLs to enqueue');
  if (values.published != null && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) {
    throw new StorylineError('E_BAD_OPTION', `--published must be YYYY-MM-DD, not "${values.published}"`);
  }
  let problems = 0;
  const jobs = jobsFromArguments(positionals, (p) => {
    problems++;
    process.stderr.write(`storyline: ${p.message.includes(p.location) ? '' : `${p.location}: `}${p.message} [${p.code}]\n`);
  }, values.published ?? null);
  const sent = await enqueueJobs(jobs, target);
  process.stderr.write(`storyline: ${sent} jobs queued on ${target.redis} (prefix ${target.prefix})${problems ? `, ${problems} skipped` : ''}\n`);
  return problems > 0 ? 1 : 0;
}
