// What can go wrong reading a plan, in words a planner can act on. The CLI maps each code to an
// exit status; the browser shows the message.
export type ReaderErrorCode =
  | 'empty'
  | 'binary'
  | 'encoding'
  | 'oversized'
  | 'pdf-encrypted'
  | 'pdf-no-text'
  | 'pdf-unreadable'
  | 'no-items'
  | 'cancelled';

export class ReaderError extends Error {
  readonly code: ReaderErrorCode;
  constructor(code: ReaderErrorCode, message: string) {
    super(message);
    this.name = 'ReaderError';
    this.code = code;
  }
}
