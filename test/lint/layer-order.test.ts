// The linter keeps the layers (eslint.config.js): an import that points up the layer order, or across
// to a sibling of the same tier, fails `npm run lint`; one that points down passes. Each case lints a
// small source text as if it were the file at `path`.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function layerErrors(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const CASES: { path: string; source: string; ok: boolean }[] = [
  // The import issue 19 found: a stage reaching up into cross-article work.
  { path: 'src/stages/dates/upward.ts', source: "import type { SavedDuplicateIndex } from '../../corpus/duplicates/near-duplicate-index.js';\nexport type T = SavedDuplicateIndex;\n", ok: false },
  { path: 'src/core/upward.ts', source: "import { defaultPipeline } from '../pipeline/default-pipeline.js';\nexport const p = defaultPipeline;\n", ok: false },
  { path: 'src/app/upward.ts', source: "import { runIngest } from '../surfaces/cli/commands/ingest-command.js';\nexport const r = runIngest;\n", ok: false },
  { path: 'src/queue/deep/upward.ts', source: "import { runIngest } from '../../surfaces/cli/commands/ingest-command.js';\nexport const r = runIngest;\n", ok: false },
  // Siblings of one tier (corpus, store, sources) are composed by app/, not by each other.
  { path: 'src/store/sideways.ts', source: "import { NearDuplicateIndex } from '../corpus/duplicates/near-duplicate-index.js';\nexport const n = NearDuplicateIndex;\n", ok: false },
  // Down the layers, and within a layer: allowed.
  { path: 'src/app/down.ts', source: "import { defaultPipeline } from '../pipeline/default-pipeline.js';\nimport { StorylineError } from '../core/errors.js';\nexport const x = [defaultPipeline, StorylineError];\n", ok: true },
  { path: 'src/stages/dates/down.ts', source: "import { StorylineError } from '../../core/errors.js';\nimport { placesStage } from '../places/places-stage.js';\nexport const x = [StorylineError, placesStage];\n", ok: true },
  { path: 'src/surfaces/http/down.ts', source: "import { enqueueJobs } from '../../queue/enqueue.js';\nexport const e = enqueueJobs;\n", ok: true },
];

describe('lint: layer order', () => {
  for (const c of CASES) {
    it(`${c.ok ? 'passes' : 'fails'}: ${c.path} ${c.source.split('\n')[0]}`, async () => {
      const errors = await layerErrors(c.path, c.source);
      if (c.ok) expect(errors).toEqual([]);
      else expect(errors.join('\n')).toMatch(/imports point down the layers/);
    });
  }
}, 60_000);
