import type { ApprovalRole, RuleId, Severity } from '../policy/ids';

/** Values a message is filled with; a formatter turns them into zh-CN or English text. */
export type MessageParams = Record<string, string | number>;

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** Which message template of the rule (a rule may have several wordings). */
  code: string;
  params: MessageParams;
  /** Agenda index, when the finding concerns one item. */
  item?: number;
  /** The approval role, when the finding concerns one approval. */
  approval?: ApprovalRole;
}

export type Lang = 'zh-CN' | 'en';
