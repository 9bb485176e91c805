// Text normalisation with an offset map back to the original input. The linguistic base analyses the
// normalised string; every span we keep is mapped back, so records always slice the original text.
// Handles: CRLF/CR -> LF, NBSP and other Unicode spaces -> space, soft hyphens and zero-width
// characters removed, curly quotes and apostrophes -> straight, NFC composition.

export interface NormalizedText {
  /** The normalised string the tokenizer reads. */
  readonly text: string;
  /** For normalised index i: the original start of the character at i. Length text.length + 1. */
  readonly srcStart: Int32Array;
  /** For normalised index i: the original end of the character at i. */
  readonly srcEnd: Int32Array;
}

// Zero-width joiners are listed on purpose: they are dropped one by one, never joined.
// eslint-disable-next-line no-misleading-character-class
const DROP = /[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/;
const SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
const SINGLE_QUOTE = /[\u2018\u2019\u201A\u201B\u2032]/;
const DOUBLE_QUOTE = /[\u201C\u201D\u201E\u201F\u2033]/;
// Combining marks: NFC may merge them into the preceding letter. The class tests one mark at a time.
// eslint-disable-next-line no-misleading-character-class
const COMBINING = /[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F\u3099\u309A]/;

export function normalizeText(input: string): NormalizedText {
  const n = input.length;
  // Hot path: most characters pass through unchanged. They are copied in runs (one slice per run)
  // and mapped one to one; only the characters below take the slow path.
  const chunks: string[] = [];
  let starts = new Int32Array(n + 16);
  let ends = new Int32Array(n + 16);
  let len = 0;
  let runFrom = 0;
  const emit = (ch: string, from: number, to: number) => {
    if (len + ch.length + 1 >= starts.length) {
      const grownStarts = new Int32Array(starts.length * 2 + ch.length);
      const grownEnds = new Int32Array(starts.length * 2 + ch.length);
      grownStarts.set(starts);
      grownEnds.set(ends);
      starts = grownStarts;
      ends = grownEnds;
    }
    for (let k = 0; k < ch.length; k++) {
      starts[len] = from;
      ends[len] = to;
      len++;
    }
    chunks.push(ch);
  };
  let i = 0;
  while (i < n) {
    const code = input.charCodeAt(i);
    const next = i + 1 < n ? input.charCodeAt(i + 1) : 0;
    if (code < 0x80 && code !== 13 && next < 0x300) {
      if (len + 1 >= starts.length) emit('', i, i); // grow
      starts[len] = i;
      ends[len] = i + 1;
      len++;
      i++;
      continue;
    }
    if (i > runFrom) chunks.push(input.slice(runFrom, i));
    // Whole code points: never split a surrogate pair.
    const width = code >= 0xd800 && code <= 0xdbff && (next & 0xfc00) === 0xdc00 ? 2 : 1;
    let ch = input.slice(i, i + width);
    let end = i + width;
    if (ch === '\r') {
      if (next === 10) { i++; runFrom = i; continue; } // the \n that follows carries the break
      ch = '\n';
    } else if (DROP.test(ch)) {
      i += width;
      runFrom = i;
      continue;
    } else if (SPACE.test(ch)) ch = ' ';
    else if (SINGLE_QUOTE.test(ch)) ch = "'";
    else if (DOUBLE_QUOTE.test(ch)) ch = '"';
    else if (code > 0x7f || (end < n && COMBINING.test(input[end]))) {
      // Gather a base character (often plain ASCII: "e" + U+0301) with its combining marks and
      // compose them. Every character of the composed cluster maps to the whole original cluster,
      // so no span can start or end inside it.
      let j = end;
      while (j < n && COMBINING.test(input[j])) j++;
      const composed = input.slice(i, j).normalize('NFC');
      if (j > end && composed.length < j - i) { ch = composed; end = j; }
      else if (j === end) ch = composed;
    }
    emit(ch, i, end);
    i = end;
    runFrom = i;
  }
  if (n > runFrom) chunks.push(input.slice(runFrom, n));
  const srcStart = new Int32Array(len + 1);
  const srcEnd = new Int32Array(len + 1);
  srcStart.set(starts.subarray(0, len));
  srcEnd.set(ends.subarray(0, len));
  srcStart[len] = n;
  srcEnd[len] = n;
  return { text: chunks.join(''), srcStart, srcEnd };
}

/** Maps a normalised half-open range to the original input. */
export function toSource(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = norm.srcStart[start];
    return { start: at, end: at };
  }
  return { start: norm.srcStart[start], end: norm.srcEnd[end - 1] };
}
