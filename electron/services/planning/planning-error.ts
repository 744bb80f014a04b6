import type { Lang } from '../../core/rules/finding';

/** Stable ids of what the planning service refuses or cannot do. */
export type PlanningErrorCode =
  | 'bad-request'
  | 'unknown-op'
  | 'invalid-meeting'
  | 'invalid-policy'
  | 'invalid-schedule'
  | 'invalid-calendar'
  | 'invalid-document'
  | 'not-found'
  | 'workflow-refused'
  | 'would-overwrite'
  | 'conflict'
  | 'pdf-failed'
  | 'storage';

/** The JSON every transport sends back for a failure. */
export interface PlanningErrorBody {
  code: PlanningErrorCode;
  message: Record<Lang, string>;
  /** The field (JSON path) or file location the message is about, when there is one. */
  path?: string;
  /** Every problem found (validation lists several), each with its own path. */
  issues?: { path: string; message: Record<Lang, string> }[];
}

/**
 * What the planning service throws for bad input or a refused step. Never a stack trace to the
 * user: the transports send `toJSON()`, which says what is wrong and where, in both languages.
 */
export class PlanningError extends Error {
  override readonly name = 'PlanningError';

  constructor(
    readonly code: PlanningErrorCode,
    readonly messages: Record<Lang, string>,
    readonly details: { path?: string; issues?: PlanningErrorBody['issues'] } = {},
  ) {
    super(messages.en);
  }

  toJSON(): PlanningErrorBody {
    return {
      code: this.code,
      message: this.messages,
      ...(this.details.path ? { path: this.details.path } : {}),
      ...(this.details.issues ? { issues: this.details.issues } : {}),
    };
  }
}

export const isPlanningError = (e: unknown): e is PlanningError => e instanceof PlanningError;

export const notFound = (what: { zh: string; en: string }): PlanningError =>
  new PlanningError('not-found', { 'zh-CN': `找不到${what.zh}`, en: `No such ${what.en}` });
