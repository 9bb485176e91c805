// Chrono's English locale, loaded on its own. The package root ('chrono-node') loads all of its 15
// locales (about 100 ms more at start-up); the subpath 'chrono-node/en' is exported through a
// wildcard that Node resolves but Vite (our test runner) does not, so it is loaded with Node's own
// require. Every runtime use of chrono goes through this file: its results are checked with
// `instanceof`, so parsers and the parser runner must share one copy. Type-only imports may use the root.
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);
const en = load('chrono-node/en') as typeof import('chrono-node/en');

export const casual = en.casual;
export const ParsingComponents = en.ParsingComponents;
