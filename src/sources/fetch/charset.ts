// Turns the bytes of a page or feed into text. The charset comes from, in order: a byte-order mark,
// the Content-Type header, <meta charset> / <meta http-equiv="Content-Type">, the XML declaration.
// Real pages often declare it wrong (an Apache default "ISO-8859-1" header on a UTF-8 page, or a
// "utf-8" meta on Latin-1 bytes), so valid multi-byte UTF-8 wins over any declaration, and bytes
// declared UTF-8 that are not fall back to the next declaration or to windows-1252; either repair
// is reported as a warning.
import iconv from 'iconv-lite';

export interface DecodedPage {
  text: string;
  charset: string;
  warnings: string[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes page bytes; `contentType` is the HTTP Content-Type header when there was one. */
export function decodePage(bytes: Uint8Array, contentType: string | null | undefined, label: string): DecodedPage {
  const bom = bomCharset(bytes);
  if (bom) return { text: iconv.decode(Buffer.from(bytes), bom, { stripBOM: true }), charset: bom, warnings: [] };
  const declared = declarations(bytes, contentType);
  const warnings: string[] = [];
  const valid = isUtf8(bytes);
  const first = declared[0];
  if (valid && (hasNonAscii(bytes) || first === undefined || first.charset === 'utf-8')) {
    if (first && first.charset !== 'utf-8') {
      warnings.push(`${label}: ${first.source} declares ${first.charset} but the bytes are UTF-8; decoded as UTF-8`);
    }
    return { text: stripBom(Buffer.from(bytes).toString('utf8')), charset: 'utf-8', warnings };
  }
  const usable = declared.find((d) => d.charset !== 'utf-8' && iconv.encodingExists(d.charset));
  const charset = usable?.charset ?? 'windows-1252';
  if (!valid && first?.charset === 'utf-8') {
    warnings.push(`${label}: ${first.source} declares utf-8 but the bytes are not UTF-8; decoded as ${charset}`);
  } else if (first && !iconv.encodingExists(first.charset)) {
    warnings.push(`${label}: unknown charset "${first.charset}" (${first.source}); decoded as ${charset}`);
  }
  return { text: iconv.decode(Buffer.from(bytes), charset), charset, warnings };
}

interface Declaration {
  charset: string;
  source: string;
}

function declarations(bytes: Uint8Array, contentType: string | null | undefined): Declaration[] {
  const out: Declaration[] = [];
  const header = contentType ? charsetParam(contentType) : null;
  if (header) out.push({ charset: normalizeLabel(header), source: 'the Content-Type header' });
  // The HTML spec's prescan looks at the first 1024 bytes; pages with long heads put it later, so 4 KB.
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const meta =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? null;
  if (meta) out.push({ charset: normalizeLabel(meta), source: 'the page\'s <meta> tag' });
  const xml = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1] ?? null;
  if (xml) out.push({ charset: normalizeLabel(xml), source: 'the XML declaration' });
  return out;
}

export function charsetParam(contentType: string): string | null {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1] ?? null;
}

/** WHATWG treats Latin-1 and ASCII labels as windows-1252 (a superset browsers decode them with). */
function normalizeLabel(label: string): string {
  const l = label.trim().toLowerCase();
  if (l === 'utf8' || l === 'utf-8' || l === 'unicode-1-1-utf-8') return 'utf-8';
  if (['iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'l1', 'us-ascii', 'ascii', 'cp1252', 'windows-1252'].includes(l)) return 'windows-1252';
  return l;
}

function bomCharset(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) return true;
  return false;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
