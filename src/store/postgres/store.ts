// Placeholder until the PostgreSQL store lands in this folder.
import { StorylineError } from '../../core/errors.js';
import type { Store } from '../store.js';

export function openPostgresStore(_url: string): Promise<Store> {
  throw new StorylineError('E_STORE', 'the PostgreSQL store is not built yet');
}
