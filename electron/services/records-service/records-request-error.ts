import type { Lang } from '../../core/rules/finding';

/** Stable ids of what the records screens' service refuses or cannot do. */
export type RecordsErrorCodeOut = 'bad-request' | 'unknown-op' | 'not-found' | 'unreadable' | 'pdf-failed' | 'storage';

/** The JSON every transport sends back for a failure: what is wrong and where, never a stack. */
export interface RecordsErrorBody {
  code: RecordsErrorCodeOut;
  message: Record<Lang, string>;
  /** The argument (JSON path) the message is about, when there is one. */
  path?: string;
}

/** A request the records service cannot answer as asked (a bad date, period or language). */
export class RecordsRequestError extends Error {
  override readonly name = 'RecordsRequestError';
  constructor(
    readonly path: string,
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${path}: ${en}`);
  }
}
