// Storyline's version, read once from package.json (the one place it is written): the CLI's
// --version, the HTTP /health and OpenAPI document, and the fetcher's User-Agent all show this.
import { readFileSync } from 'node:fs';

// src/core/ and dist/core/ both sit two levels below the repository root.
export const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
