// What a local file holds, judged by its name: an HTML page, plain text, a WARC archive, each
// possibly gzipped (".html.gz", ".warc.gz"). Directories take only these; a file named on the
// command line with another extension is read as plain text.
export type FileKind = 'html' | 'text' | 'warc';

const HTML = /\.(html?|xhtml)$/i;
const TEXT = /\.(txt|text)$/i;
const WARC = /\.warc$/i;

export function fileKind(name: string): FileKind | null {
  const inner = name.replace(/\.gz$/i, '');
  if (WARC.test(inner)) return 'warc';
  if (HTML.test(inner)) return 'html';
  if (TEXT.test(inner)) return 'text';
  return null;
}

export function isGzipped(name: string): boolean {
  return /\.gz$/i.test(name);
}
