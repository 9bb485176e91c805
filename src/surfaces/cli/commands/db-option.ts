// The --db option every corpus command shares: a SQLite file (default storyline.db in the working
// directory) or a postgres:// URL; STORYLINE_DB sets the default.
import { DEFAULT_DB, openStore } from '../../../store/open-store.js';
import type { Store } from '../../../store/store.js';

export const DB_OPTION = { db: { type: 'string' } } as const;

export function dbSpec(value: string | undefined): string {
  return value ?? process.env.STORYLINE_DB ?? DEFAULT_DB;
}

export function openDb(value: string | undefined): Promise<Store> {
  return openStore(dbSpec(value));
}
