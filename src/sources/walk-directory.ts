// Lists the input files under a directory, depth first in name order (so runs are repeatable), one
// directory read at a time (so a huge tree streams). Hidden files and folders are skipped, as are
// files whose kind we do not read (images and scripts beside saved pages).
import { opendir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileKind, type FileKind } from './file-kinds.js';

export async function* walkDirectory(dir: string): AsyncGenerator<{ path: string; kind: FileKind }> {
  const entries: { name: string; isDir: boolean }[] = [];
  for await (const entry of await opendir(dir)) {
    if (entry.name.startsWith('.')) continue;
    entries.push({ name: entry.name, isDir: entry.isDirectory() });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDir) {
      yield* walkDirectory(path);
      continue;
    }
    const kind = fileKind(entry.name);
    if (kind) yield { path, kind };
  }
}
