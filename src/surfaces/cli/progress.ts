// Batch progress on stderr, only when stderr is a terminal; redrawn at most every 200 ms.
import type { WriteStream } from 'node:tty';
import { count } from './plural.js';

export class Progress {
  private last = 0;
  private readonly started = Date.now();
  private readonly active: boolean;

  constructor(private readonly out: NodeJS.WriteStream | WriteStream) {
    this.active = out.isTTY === true;
  }

  update(done: number, failed: number): void {
    if (!this.active) return;
    const now = Date.now();
    if (now - this.last < 200) return;
    this.last = now;
    const rate = done / Math.max(0.001, (now - this.started) / 1000);
    this.out.write(`\r\x1b[K${count(done, 'article')}, ${failed} failed, ${rate.toFixed(1)} articles/s`);
  }

  clear(): void {
    if (this.active) this.out.write('\r\x1b[K');
  }

  done(ok: number, failed: number): void {
    this.clear();
    if (this.active || failed > 0) this.out.write(`storyline: ${count(ok, 'record')} written, ${failed} failed\n`);
  }
}
