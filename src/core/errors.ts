// Errors with a stable code and a message a user can act on.

export type ErrorCode =
  | 'E_BINARY_INPUT'
  | 'E_BAD_JSON'
  | 'E_LINE_TOO_LONG'
  | 'E_MISSING_TEXT'
  | 'E_BAD_OPTION'
  | 'E_PIPELINE'
  | 'E_INPUT_NOT_FOUND'
  | 'E_STORE'
  | 'E_NOT_FOUND'
  // CoNLL-U input of `storyline parse` (src/stages/syntax/conllu.ts).
  | 'E_BAD_CONLLU'
  // HTML pages (src/stages/page/html).
  | 'E_NO_ARTICLE'
  | 'E_PAGE_TOO_LARGE'
  | 'E_PAGE_TOO_DEEP'
  // The budget of one article on an extraction thread (src/app/parallel/extract-pool.ts).
  | 'E_ARTICLE_TIMEOUT'
  | 'E_ARTICLE_MEMORY'
  // Fetching, input sources and feeds (src/sources: fetch, files, WARC, feeds).
  | 'E_FETCH_BAD_URL'
  | 'E_FETCH_TIMEOUT'
  | 'E_FETCH_TOO_LARGE'
  | 'E_FETCH_PRIVATE_ADDRESS'
  | 'E_FETCH_REDIRECTS'
  | 'E_FETCH_HTTP'
  | 'E_FETCH_NETWORK'
  | 'E_FETCH_NOT_TEXT'
  | 'E_FETCH_ROBOTS'
  | 'E_SOURCE_UNSUPPORTED'
  | 'E_SOURCE_READ'
  | 'E_WARC'
  | 'E_FEED_PARSE'
  | 'E_FEED_STATE';

export class StorylineError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StorylineError';
  }
}
