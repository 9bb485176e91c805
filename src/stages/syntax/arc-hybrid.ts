// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez & Satta 2011) with the root at the end
// of the buffer, and its dynamic oracle (Goldberg & Nivre 2013): from any configuration, how many
// gold arcs each transition makes unreachable. Chosen over arc-eager because its oracle costs are
// three short counts and, measured on EWT dev with the same features, it parses as well.
//   SHIFT  moves b0 onto the stack
//   LEFT   pops s0 and attaches it to b0
//   RIGHT  pops s0 and attaches it to s1
// One root: LEFT onto the root (b0 = n) only when s0 is the last word on the stack.

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;

export class ParserState {
  readonly n: number;
  readonly stack: Int32Array;
  sp = 0;
  /** Index of b0; n is the root. */
  b = 0;
  readonly head: Int32Array;
  readonly label: Uint8Array;
  /** Two leftmost and two rightmost children so far, -1 when none. */
  readonly l1: Int32Array;
  readonly l2: Int32Array;
  readonly r1: Int32Array;
  readonly r2: Int32Array;
  readonly nLeft: Uint8Array;
  readonly nRight: Uint8Array;
  /** Bit sets (label id mod 31) of the labels of left and right children so far. */
  readonly leftLabels: Int32Array;
  readonly rightLabels: Int32Array;

  constructor(n: number) {
    this.n = n;
    this.stack = new Int32Array(n + 1);
    this.head = new Int32Array(n).fill(-1);
    this.label = new Uint8Array(n);
    this.l1 = new Int32Array(n + 1).fill(-1);
    this.l2 = new Int32Array(n + 1).fill(-1);
    this.r1 = new Int32Array(n + 1).fill(-1);
    this.r2 = new Int32Array(n + 1).fill(-1);
    this.nLeft = new Uint8Array(n + 1);
    this.nRight = new Uint8Array(n + 1);
    this.leftLabels = new Int32Array(n + 1);
    this.rightLabels = new Int32Array(n + 1);
  }

  /** An independent copy (beam search keeps several configurations of one sentence). */
  clone(): ParserState {
    const c = new ParserState(this.n);
    c.copyFrom(this);
    return c;
  }

  /** Overwrites this configuration with `o`'s (same sentence length). */
  copyFrom(o: ParserState): void {
    this.sp = o.sp;
    this.b = o.b;
    this.stack.set(o.stack);
    this.head.set(o.head);
    this.label.set(o.label);
    this.l1.set(o.l1);
    this.l2.set(o.l2);
    this.r1.set(o.r1);
    this.r2.set(o.r2);
    this.nLeft.set(o.nLeft);
    this.nRight.set(o.nRight);
    this.leftLabels.set(o.leftLabels);
    this.rightLabels.set(o.rightLabels);
  }

  get terminal(): boolean {
    return this.sp === 0 && this.b === this.n;
  }

  s(k: number): number {
    return this.sp > k ? this.stack[this.sp - 1 - k] : -1;
  }

  canShift(): boolean {
    return this.b < this.n;
  }

  canLeft(): boolean {
    return this.sp > 0 && (this.b < this.n || this.sp === 1);
  }

  canRight(): boolean {
    return this.sp > 1;
  }

  legal(t: number): boolean {
    return t === SHIFT ? this.canShift() : t === LEFT ? this.canLeft() : this.canRight();
  }

  /** The (head, dependent) a transition would make, or null for SHIFT. */
  arcOf(t: number): [number, number] | null {
    if (t === SHIFT) return null;
    const d = this.stack[this.sp - 1];
    return [t === LEFT ? this.b : this.stack[this.sp - 2], d];
  }

  apply(t: number, label: number): void {
    if (t === SHIFT) {
      this.stack[this.sp++] = this.b++;
      return;
    }
    const d = this.stack[--this.sp];
    const h = t === LEFT ? this.b : this.stack[this.sp - 1];
    this.attach(h, d, label);
  }

  private attach(h: number, d: number, label: number): void {
    this.head[d] = h === this.n ? -1 : h;
    this.label[d] = label;
    const bit = 1 << label % 31;
    if (d < h) {
      if (this.l1[h] < 0 || d < this.l1[h]) {
        this.l2[h] = this.l1[h];
        this.l1[h] = d;
      } else if (this.l2[h] < 0 || d < this.l2[h]) this.l2[h] = d;
      this.nLeft[h]++;
      this.leftLabels[h] |= bit;
    } else {
      if (this.r1[h] < 0 || d > this.r1[h]) {
        this.r2[h] = this.r1[h];
        this.r1[h] = d;
      } else if (this.r2[h] < 0 || d > this.r2[h]) this.r2[h] = d;
      this.nRight[h]++;
      this.rightLabels[h] |= bit;
    }
  }

  /**
   * Gold arcs lost by each transition (dynamic oracle). `gold[i]` is word i's gold head (n = root).
   * Writes costs for SHIFT, LEFT, RIGHT into `out`; illegal transitions get Infinity.
   */
  costs(gold: Int32Array, out: Float64Array): void {
    const { stack, sp, b, n } = this;
    out[SHIFT] = out[LEFT] = out[RIGHT] = Infinity;
    if (this.canShift()) {
      // b0 can no longer take a dependent from the stack, nor a head below s0.
      let c = 0;
      for (let k = 0; k < sp; k++) {
        const s = stack[k];
        if (gold[s] === b) c++;
        if (k < sp - 1 && gold[b] === s) c++;
      }
      out[SHIFT] = c;
    }
    if (sp > 0) {
      const s0 = stack[sp - 1];
      const s1 = sp > 1 ? stack[sp - 2] : -2;
      // s0 leaves the stack: its dependents still in the buffer are lost.
      let deps = 0;
      for (let j = b; j < n; j++) if (gold[j] === s0) deps++;
      if (this.canLeft()) out[LEFT] = deps + (gold[s0] !== b && (gold[s0] === s1 || gold[s0] > b) ? 1 : 0);
      if (this.canRight()) out[RIGHT] = deps + (gold[s0] >= b ? 1 : 0);
    }
  }
}
