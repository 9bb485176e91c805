// The capped JSONL line reader: line numbers, CRLF, blank lines, lines split across chunks, and a line
// over the cap skipped without being held while the lines around it still come.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { jsonlLines, type JsonlLine } from './jsonl-lines.js';

async function read(chunks: (string | Buffer)[], max?: number): Promise<JsonlLine[]> {
  const out: JsonlLine[] = [];
  for await (const line of jsonlLines(Readable.from(chunks), max)) out.push(line);
  return out;
}

describe('jsonlLines', () => {
  it('numbers lines, drops CR before LF, skips blank lines, joins lines split across chunks', async () => {
    const lines = await read(['{"a":1}\r\n\n  \n{"b"', ':"é', Buffer.from('"}\n{"c":3}')]);
    expect(lines).toEqual([
      { lineNo: 1, text: '{"a":1}' },
      { lineNo: 4, text: '{"b":"é"}' },
      { lineNo: 5, text: '{"c":3}' },
    ]);
  });

  it('decodes a multi-byte character split between chunks', async () => {
    const bytes = Buffer.from('{"t":"€"}\n');
    expect(await read([bytes.subarray(0, 7), bytes.subarray(7)])).toEqual([{ lineNo: 1, text: '{"t":"€"}' }]);
  });

  it('skips a line over the cap, counting its bytes, and resynchronises at the next newline', async () => {
    const long = 'x'.repeat(40);
    const lines = await read(['{"a":1}\n', long.slice(0, 15), long.slice(15), '\n{"b":2}\n', long], 20);
    expect(lines).toEqual([
      { lineNo: 1, text: '{"a":1}' },
      { lineNo: 2, tooLong: 40 },
      { lineNo: 3, text: '{"b":2}' },
      { lineNo: 4, tooLong: 40 },
    ]);
  });

  it('takes a line of exactly the cap', async () => {
    expect(await read(['y'.repeat(20), '\n'], 20)).toEqual([{ lineNo: 1, text: 'y'.repeat(20) }]);
  });
});
