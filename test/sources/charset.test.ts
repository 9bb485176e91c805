// Page decoding: BOMs, header vs meta vs XML declaration, and the repairs for the two classic
// mistakes (UTF-8 bytes declared Latin-1, Latin-1 bytes declared UTF-8), each with a warning.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodePage } from '../../src/sources/fetch/charset.js';

const latin1 = (s: string) => iconv.encode(s, 'latin1');
const utf8 = (s: string) => Buffer.from(s, 'utf8');

describe('decodePage', () => {
  it('follows a BOM over any declaration', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('<p>Caf\u00e9</p>', 'utf-16le')]);
    expect(decodePage(bytes, 'text/html; charset=iso-8859-1', 'x')).toMatchObject({ text: '<p>Caf\u00e9</p>', charset: 'utf-16le', warnings: [] });
  });

  it('uses the header, then the meta tag, then the XML declaration', () => {
    expect(decodePage(iconv.encode('<p>\u0416</p>', 'koi8-r'), 'text/html; charset=KOI8-R', 'x').text).toBe('<p>\u0416</p>');
    expect(decodePage(iconv.encode('<meta charset="windows-1251"><p>\u0416</p>', 'windows-1251'), null, 'x').text).toContain('\u0416');
    expect(decodePage(iconv.encode('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"><p>\u0141\u00f3d\u017a</p>', 'iso-8859-2'), null, 'x').text).toContain('\u0141\u00f3d\u017a');
    expect(decodePage(iconv.encode('<?xml version="1.0" encoding="ISO-8859-15"?><rss>\u20ac</rss>', 'iso-8859-15'), null, 'x').text).toContain('\u20ac');
  });

  it('decodes Latin-1 bytes declared UTF-8 as windows-1252, with a warning', () => {
    const d = decodePage(latin1('<meta charset="utf-8"><p>na\u00efve caf\u00e9</p>'), null, 'page.html');
    expect(d.text).toContain('na\u00efve caf\u00e9');
    expect(d.warnings).toEqual(["page.html: the page's <meta> tag declares utf-8 but the bytes are not UTF-8; decoded as windows-1252"]);
  });

  it('prefers a later Latin-1 declaration when the header wrongly says UTF-8', () => {
    const d = decodePage(iconv.encode('<meta charset="windows-1252"><p>\u201cquoted\u201d</p>', 'windows-1252'), 'text/html; charset=utf-8', 'x');
    expect(d.text).toContain('\u201cquoted\u201d');
    expect(d.charset).toBe('windows-1252');
  });

  it('keeps UTF-8 bytes declared ISO-8859-1, with a warning', () => {
    const d = decodePage(utf8('<p>\u00e9t\u00e9 \u2014 \u65e5\u672c</p>'), 'text/html; charset=ISO-8859-1', 'x');
    expect(d).toMatchObject({ text: '<p>\u00e9t\u00e9 \u2014 \u65e5\u672c</p>', charset: 'utf-8' });
    expect(d.warnings[0]).toMatch(/declares windows-1252 but the bytes are UTF-8/);
  });

  it('reads undeclared bytes as UTF-8 when they are, windows-1252 otherwise; ASCII quietly', () => {
    expect(decodePage(utf8('caf\u00e9'), null, 'x')).toMatchObject({ text: 'caf\u00e9', charset: 'utf-8', warnings: [] });
    expect(decodePage(latin1('caf\u00e9'), null, 'x')).toMatchObject({ text: 'caf\u00e9', charset: 'windows-1252' });
    expect(decodePage(utf8('plain ascii'), 'text/html; charset=iso-8859-1', 'x').warnings).toEqual([]);
  });

  it('names an unknown charset and falls back', () => {
    const d = decodePage(latin1('caf\u00e9'), 'text/html; charset=x-klingon', 'x');
    expect(d.text).toBe('caf\u00e9');
    expect(d.warnings[0]).toMatch(/unknown charset "x-klingon"/);
  });
});
