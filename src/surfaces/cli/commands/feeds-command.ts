// `storyline feeds add URL|FILE.opml`, `storyline feeds list`, `storyline feeds poll`: parse options,
// call the feed use cases, write records as JSONL (stdout, or appended whole-line to --out FILE)
// and per-feed and per-item reports on stderr.
import { parseArgs } from 'node:util';
import { addFeeds, listFeeds } from '../../../app/feed-subscriptions.js';
import { pollFeeds, type FeedReport } from '../../../app/poll-feeds.js';
import { StorylineError } from '../../../core/errors.js';
import type { StoryRecord } from '../../../core/record.js';
import { JsonlAppender } from '../../../sources/feeds/append-jsonl.js';
import { count } from '../plural.js';

export const DEFAULT_STATE = '.storyline/feeds.json';

export async function runFeeds(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      state: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean' },
      'max-items': { type: 'string' },
      'feed-content': { type: 'boolean' },
      'allow-private': { type: 'boolean' },
      'ignore-robots': { type: 'boolean' },
      timeout: { type: 'string' },
      format: { type: 'string' },
    },
  });
  const statePath = values.state ?? DEFAULT_STATE;
  switch (sub) {
    case 'add':
      return add(statePath, positionals);
    case 'list':
      return list(statePath, values.format);
    case 'poll':
      return poll(statePath, values);
    default:
      throw new StorylineError('E_BAD_OPTION', `feeds: give add, list or poll${sub ? `, not "${sub}"` : ''}`);
  }
}

function add(statePath: string, targets: string[]): number {
  if (targets.length === 0) throw new StorylineError('E_BAD_OPTION', 'feeds add: give a feed URL or an OPML file');
  for (const target of targets) {
    const { added, existing } = addFeeds(statePath, target);
    for (const f of added) process.stderr.write(`storyline: added ${f.url}${f.title ? ` (${f.title})` : ''}\n`);
    for (const url of existing) process.stderr.write(`storyline: already subscribed: ${url}\n`);
  }
  return 0;
}

function list(statePath: string, format: string | undefined): number {
  const feeds = listFeeds(statePath);
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(feeds.map(({ seen, ...f }) => ({ ...f, seen: seen.length })), null, 2)}\n`);
    return 0;
  }
  if (feeds.length === 0) process.stderr.write(`storyline: no feeds in ${statePath}\n`);
  for (const f of feeds) {
    const status = f.failures > 0 ? `failing x${f.failures}, next try ${f.nextPollAt}: ${f.lastError}` : f.lastOkAt ? `ok ${f.lastOkAt}` : 'never polled';
    process.stdout.write(`${f.url}\t${f.title ?? ''}\t${count(f.seen.length, 'item')} seen\t${status}\n`);
  }
  return 0;
}

async function poll(statePath: string, values: { out?: string; force?: boolean; 'max-items'?: string; 'feed-content'?: boolean; 'allow-private'?: boolean; 'ignore-robots'?: boolean; timeout?: string }): Promise<number> {
  const maxItems = values['max-items'] == null ? undefined : Number(values['max-items']);
  if (maxItems !== undefined && !(Number.isInteger(maxItems) && maxItems > 0)) throw new StorylineError('E_BAD_OPTION', `--max-items must be a positive whole number, not "${values['max-items']}"`);
  const timeout = values.timeout == null ? undefined : Number(values.timeout);
  if (timeout !== undefined && !(timeout > 0)) throw new StorylineError('E_BAD_OPTION', `--timeout must be a number of seconds, not "${values.timeout}"`);
  const out = values.out ? new JsonlAppender(values.out) : null;
  if (out && out.repairedBytes > 0) process.stderr.write(`storyline: warning: ${values.out} ended in a partial line (${out.repairedBytes} bytes, an earlier crash?); it was cut off\n`);
  const write = out ? (r: StoryRecord) => out.write(r) : (r: StoryRecord) => process.stdout.write(`${JSON.stringify(r)}\n`);
  try {
    const summary = await pollFeeds(
      {
        statePath,
        force: values.force === true,
        maxItemsPerFeed: maxItems,
        feedContent: values['feed-content'] === true,
        allowPrivate: values['allow-private'] === true,
        ignoreRobots: values['ignore-robots'] === true,
        timeoutMs: timeout === undefined ? undefined : timeout * 1000,
      },
      {
        onRecord: write,
        flush: () => out?.flush(),
        onItemError: (f) => process.stderr.write(`storyline: ${f.message.includes(f.location) ? '' : `${f.location}: `}${f.message} [${f.code}]\n`),
        onFeed: (r) => process.stderr.write(`storyline: ${describe(r)}\n`),
      },
    );
    process.stderr.write(`storyline: ${count(summary.written, 'record')} written, ${summary.failed} failed\n`);
    return summary.failed > 0 ? 1 : 0;
  } finally {
    out?.close();
  }
}

function describe(r: FeedReport): string {
  if (r.status === 'error') return `${r.url}: feed failed: ${r.message}`;
  if (r.status === 'backing-off') return `${r.url}: skipped, ${r.message} (--force polls it anyway)`;
  if (r.status === 'not-modified') return `${r.url}: not modified`;
  const extra = [r.duplicates && `${count(r.duplicates, 'duplicate')} skipped`, r.nearDuplicates && `${count(r.nearDuplicates, 'near-duplicate')} marked`, r.failed && `${r.failed} failed`].filter(Boolean);
  return `${r.url}: ${r.written} new${extra.length ? `, ${extra.join(', ')}` : ''}`;
}
