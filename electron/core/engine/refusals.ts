import type { MessageParams } from '../rules/finding';

/** Why the engine did not do what was asked. Stable ids: screens, logs and tests match on them. */
export const REFUSAL_CODES = [
  'invalid-command',
  'meeting-not-started',
  'meeting-already-started',
  'meeting-ended',
  'meeting-in-recess',
  'meeting-not-in-recess',
  'approval-missing',
  'no-current-item',
  'item-in-progress',
  'no-next-item',
  'no-such-item',
  'item-not-pending',
  'item-not-running',
  'item-not-paused',
  'extension-not-declared',
  'extension-already-used',
  'extension-not-allowed-kind',
  'extension-too-long',
  'declaration-after-start',
  'nothing-to-undo',
  'undo-expired',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export interface Refusal {
  code: RefusalCode;
  /** Values for the message template (refusal-messages.ts). */
  params: MessageParams;
}

export const refuse = (code: RefusalCode, params: MessageParams = {}): Refusal => ({ code, params });
