// Where the pool's thread entry lives. Threads run plain JavaScript, so they always load the built
// copy in dist/: beside this module when it runs from dist/ (the CLI), or dist/app/parallel/ when this
// module runs from src/ under Vitest (which transpiles src/ but cannot hand TypeScript to a thread).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { StorylineError } from '../../core/errors.js';

export function extractWorkerFile(): string {
  const beside = fileURLToPath(new URL('./extract-worker.js', import.meta.url));
  if (existsSync(beside)) return beside;
  const built = fileURLToPath(new URL('../../../dist/app/parallel/extract-worker.js', import.meta.url));
  if (existsSync(built)) return built;
  throw new StorylineError('E_PIPELINE', `the worker thread code is not built (${built}); run \`npm run build\` first`);
}
