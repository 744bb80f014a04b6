import { RULE_IDS, type RuleId } from '../policy/ids';
import { RULE_TERMS } from '../rules/messages';
import type { Finding, Lang, MessageParams } from '../rules/finding';

/**
 * The approval workflow of a planned meeting: 拟稿 draft → 已报批 submitted → 已批准 approved.
 * Approval is refused while an error finding remains, unless an exception with a reason was
 * recorded for that rule (the approver takes responsibility in writing). Warnings never block.
 * Pure: the caller passes the meeting's current findings and exceptions.
 */
export const APPROVAL_STATUSES = ['draft', 'submitted', 'approved'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

export const WORKFLOW_ACTIONS = ['submit', 'approve', 'return'] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

export interface PlanningException {
  id: number;
  rule: RuleId;
  reason: string;
  /** Who recorded it (the approver's name), when given. */
  recordedBy: string | null;
  /** Epoch ms. */
  recordedAt: number;
}

export interface WorkflowRefusal {
  code: 'not-allowed' | 'errors-remain';
  params: MessageParams;
}

export type WorkflowResult = { ok: true; status: ApprovalStatus } | { ok: false; refusal: WorkflowRefusal };

const MOVES: Record<WorkflowAction, { from: readonly ApprovalStatus[]; to: ApprovalStatus }> = {
  submit: { from: ['draft'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  // 退回: a submitted meeting goes back to its drafter; an approved one is reopened.
  return: { from: ['submitted', 'approved'], to: 'draft' },
};

/** Error findings whose rule has no recorded exception: these block approval. */
export function blockingFindings(findings: readonly Finding[], exceptions: readonly Pick<PlanningException, 'rule'>[]): Finding[] {
  const excused = new Set(exceptions.map((e) => e.rule));
  return findings.filter((f) => f.severity === 'error' && !excused.has(f.rule));
}

export function applyWorkflow(
  status: ApprovalStatus,
  action: WorkflowAction,
  ctx: { findings: readonly Finding[]; exceptions: readonly Pick<PlanningException, 'rule'>[] },
): WorkflowResult {
  const move = MOVES[action];
  if (!move.from.includes(status)) return { ok: false, refusal: { code: 'not-allowed', params: { status, action } } };
  if (action === 'approve') {
    const blocking = blockingFindings(ctx.findings, ctx.exceptions);
    if (blocking.length > 0) {
      const rules = RULE_IDS.filter((r) => blocking.some((f) => f.rule === r));
      return { ok: false, refusal: { code: 'errors-remain', params: { rules: rules.join(','), count: blocking.length } } };
    }
  }
  return { ok: true, status: move.to };
}

export const APPROVAL_STATUS_TERMS: Record<ApprovalStatus, { zh: string; en: string }> = {
  draft: { zh: '拟稿', en: 'Draft' },
  submitted: { zh: '已报批', en: 'Submitted' },
  approved: { zh: '已批准', en: 'Approved' },
};

export const WORKFLOW_ACTION_TERMS: Record<WorkflowAction, { zh: string; en: string }> = {
  submit: { zh: '报批', en: 'Submit for approval' },
  approve: { zh: '批准', en: 'Approve' },
  return: { zh: '退回修改', en: 'Return to draft' },
};

/** The refusal in words. */
export function formatWorkflowRefusal(refusal: WorkflowRefusal, lang: Lang): string {
  const zh = lang === 'zh-CN';
  const p = refusal.params;
  if (refusal.code === 'errors-remain') {
    const rules = String(p.rules ?? '')
      .split(',')
      .filter(Boolean)
      .map((r) => RULE_TERMS[r as RuleId]?.[zh ? 'zh' : 'en'] ?? r);
    return zh
      ? `仍有${p.count}项错误（${rules.join('、')}）未解决，且未登记例外理由，不能批准`
      : `${p.count} error finding(s) remain (${rules.join(', ')}) with no exception recorded, so the meeting cannot be approved`;
  }
  const status = APPROVAL_STATUS_TERMS[p.status as ApprovalStatus]?.[zh ? 'zh' : 'en'] ?? String(p.status);
  const action = WORKFLOW_ACTION_TERMS[p.action as WorkflowAction]?.[zh ? 'zh' : 'en'] ?? String(p.action);
  return zh ? `当前状态为“${status}”，不能${action}` : `The meeting’s status is “${status}”; “${action}” is not possible now`;
}
