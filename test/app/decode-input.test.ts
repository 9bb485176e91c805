// Input decoding: bytes in, text out. Invalid UTF-8 is repaired with a warning, binary data is refused
// with a stable code, and empty input is a valid (empty) article.
import { describe, expect, it } from 'vitest';
import { checkText, decodeInput } from '../../src/app/decode-input.js';
import { extractArticle } from '../../src/app/extract.js';
import { RecordSchema } from '../../src/core/record.js';
import { codeOf } from '../helpers/error-code.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeInput', () => {
  it.each([
    { name: 'a lone continuation byte', input: bytes('Ana ', [0x80], ' Ruiz'), text: 'Ana \uFFFD Ruiz' },
    { name: 'a truncated two-byte sequence', input: bytes('caf', [0xc3]), text: 'caf\uFFFD' },
    { name: 'Latin-1 text', input: bytes('Jos', [0xe9], ' said'), text: 'Jos\uFFFD said' },
    { name: 'an overlong encoding', input: bytes([0xc0, 0xaf], 'x'), text: '\uFFFD\uFFFDx' },
    { name: 'an encoded surrogate', input: bytes([0xed, 0xa0, 0x80], '!'), text: '\uFFFD\uFFFD\uFFFD!' },
  ])('replaces invalid UTF-8 in $name with U+FFFD and warns', ({ input, text }) => {
    const decoded = decodeInput(input, 'article.txt');
    expect(decoded.text).toBe(text);
    expect(decoded.warnings).toHaveLength(1);
    expect(decoded.warnings[0]).toMatch(/article\.txt: invalid UTF-8/);
  });

  it('decodes valid UTF-8 without warnings, astral characters included', () => {
    const decoded = decodeInput(bytes('“Olá” 😀 مرحبا'), 'x');
    expect(decoded).toEqual({ text: '“Olá” 😀 مرحبا', warnings: [] });
  });

  it('strips a leading byte-order mark', () => {
    expect(decodeInput(bytes([0xef, 0xbb, 0xbf], 'Hello'), 'x').text).toBe('Hello');
  });

  it.each([
    { name: 'a NUL in the middle', input: bytes('Ana', [0], 'Ruiz') },
    { name: 'a leading NUL', input: bytes([0], 'text') },
    { name: 'UTF-16 text', input: new Uint8Array(Buffer.from('Hello', 'utf16le')) },
    { name: 'a PNG header', input: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) },
  ])('refuses binary input with $name as E_BINARY_INPUT', ({ input }) => {
    expect(codeOf(() => decodeInput(input, 'upload.bin'))).toBe('E_BINARY_INPUT');
    expect(() => decodeInput(input, 'upload.bin')).toThrow(/upload\.bin: .*binary/);
  });

  it('refuses NUL characters in text that arrived as JSON', () => {
    expect(codeOf(() => checkText('a\u0000b', 'line 3'))).toBe('E_BINARY_INPUT');
    expect(codeOf(() => extractArticle({ id: 'j', text: 'a\u0000b' }))).toBe('E_BINARY_INPUT');
  });

  it('decodes empty input to empty text without warnings', () => {
    expect(decodeInput(new Uint8Array(0), 'empty.txt')).toEqual({ text: '', warnings: [] });
  });

  it('turns empty input into an empty, valid record', () => {
    const { text, warnings } = decodeInput(new Uint8Array(0), 'empty.txt');
    const record = extractArticle({ id: 'empty', text }, warnings);
    expect(RecordSchema.parse(record)).toEqual(record);
    expect(record).toMatchObject({ id: 'empty', text: '', sentences: 0, entities: [], quotes: [], dates: [], amounts: [], events: [], warnings: [] });
  });

  it('carries decoding warnings into the record', () => {
    const { text, warnings } = decodeInput(bytes('Ana Ruiz spoke ', [0xff]), 'bad.txt');
    const record = extractArticle({ id: 'bad', text }, warnings);
    expect(record.text).toBe('Ana Ruiz spoke \uFFFD');
    expect(record.warnings).toEqual(warnings);
  });
});
