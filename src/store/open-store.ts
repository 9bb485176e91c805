// Opens the store a spec names: a postgres:// (or postgresql://) URL opens PostgreSQL, anything else
// is a SQLite file path (default storyline.db in the working directory). Both are migrated on open.
import type { Store } from './store.js';

export const DEFAULT_DB = 'storyline.db';

export async function openStore(spec: string = DEFAULT_DB): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(spec)) {
    const { openPostgresStore } = await import('./postgres/store.js');
    return openPostgresStore(spec);
  }
  const { openSqliteStore } = await import('./sqlite/store.js');
  return openSqliteStore(spec);
}
