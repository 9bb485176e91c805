// Appends records to a JSONL file so that a crash never leaves a partial line behind: each line is
// written whole and the file is flushed before the feed state records those items as done; on
// opening, a trailing partial line left by an earlier crash is cut off (and reported).
import { closeSync, fstatSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export class JsonlAppender {
  private readonly fd: number;
  /** Bytes cut from the end of the file on opening (a partial line from an earlier crash). */
  readonly repairedBytes: number;

  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.fd = openSync(path, 'a+');
    this.repairedBytes = this.cutPartialLine();
  }

  write(value: unknown): void {
    const buf = Buffer.from(`${JSON.stringify(value)}\n`);
    let off = 0;
    while (off < buf.length) off += writeSync(this.fd, buf, off, buf.length - off);
  }

  flush(): void {
    fsyncSync(this.fd);
  }

  close(): void {
    fsyncSync(this.fd);
    closeSync(this.fd);
  }

  private cutPartialLine(): number {
    const size = fstatSync(this.fd).size;
    if (size === 0) return 0;
    // Read backwards in blocks to the last newline.
    const block = Buffer.alloc(64 * 1024);
    let end = size;
    while (end > 0) {
      const start = Math.max(0, end - block.length);
      const n = readSync(this.fd, block, 0, end - start, start);
      const nl = block.subarray(0, n).lastIndexOf(0x0a);
      if (nl >= 0) {
        const keep = start + nl + 1;
        if (keep < size) ftruncateSync(this.fd, keep);
        return size - keep;
      }
      end = start;
    }
    ftruncateSync(this.fd, 0);
    return size;
  }
}
