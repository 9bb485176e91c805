// Serves the files in examples/ on http://127.0.0.1:8765 (or the port given), so the README can show
// `storyline feeds` and URL extraction offline: feeds and pages come over HTTP. Loopback only, files
// directly in this folder only. Stop it with Ctrl-C or `kill`.
//   node examples/serve-examples.mjs [PORT]
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const port = Number(process.argv[2] ?? 8765);
const TYPES = { '.html': 'text/html; charset=utf-8', '.xml': 'application/rss+xml; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.jsonl': 'application/jsonl' };

const server = createServer(async (req, res) => {
  const name = basename(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  const type = TYPES[extname(name)];
  try {
    if (!type) throw new Error('not an example file');
    const body = await readFile(join(here, name));
    res.writeHead(200, { 'content-type': type }).end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
  }
});
server.listen(port, '127.0.0.1', () => process.stderr.write(`examples on http://127.0.0.1:${port}/\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
