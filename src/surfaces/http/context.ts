// Builds the server context from the app's use cases.
import { readFileSync } from 'node:fs';
import type { StoryRecord } from '../../core/record.js';
import { HttpError } from './http-error.js';
import type { ServerContext } from './server-context.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const notYet = (what: string) => async (): Promise<StoryRecord> => {
  throw new HttpError(501, 'E_NOT_AVAILABLE', `${what} input is not available in this build`);
};

export function createContext(): ServerContext {
  return {
    version: VERSION,
    store: null,
    extractHtml: notYet('HTML'),
    extractUrl: notYet('URL'),
    saveRecord: async () => {
      throw new HttpError(409, 'E_NO_STORE', 'this server has no corpus store; start it with --db FILE to save records');
    },
  };
}
