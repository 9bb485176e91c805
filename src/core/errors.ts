// Errors with a stable code and a message a user can act on.

export type ErrorCode =
  | 'E_BINARY_INPUT'
  | 'E_BAD_JSON'
  | 'E_MISSING_TEXT'
  | 'E_BAD_OPTION'
  | 'E_PIPELINE'
  | 'E_INPUT_NOT_FOUND';

export class StorylineError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StorylineError';
  }
}
