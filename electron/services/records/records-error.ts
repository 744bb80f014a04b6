/** A record or report that cannot be made, said in both languages; never a stack trace. */
export type RecordsErrorCode = 'session-not-found' | 'policy-not-found' | 'bad-event' | 'no-sessions';

export class RecordsError extends Error {
  override readonly name = 'RecordsError';
  constructor(
    readonly code: RecordsErrorCode,
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
  }
}

export const isRecordsError = (e: unknown): e is RecordsError => e instanceof RecordsError;
