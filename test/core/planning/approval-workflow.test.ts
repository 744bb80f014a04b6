import { describe, expect, it } from 'vitest';
import { applyWorkflow, blockingFindings, formatWorkflowRefusal } from '../../../electron/core/planning';
import type { Finding } from '../../../electron/core/rules';

const error = (rule: Finding['rule']): Finding => ({ rule, severity: 'error', code: 'x', params: {} });
const warning: Finding = { rule: 'report-pages', severity: 'warning', code: 'x', params: {} };

describe('applyWorkflow', () => {
  const clean = { findings: [warning], exceptions: [] };

  it('goes draft → submitted → approved, and back to draft on return', () => {
    expect(applyWorkflow('draft', 'submit', clean)).toEqual({ ok: true, status: 'submitted' });
    expect(applyWorkflow('submitted', 'approve', clean)).toEqual({ ok: true, status: 'approved' });
    expect(applyWorkflow('submitted', 'return', clean)).toEqual({ ok: true, status: 'draft' });
    expect(applyWorkflow('approved', 'return', clean)).toEqual({ ok: true, status: 'draft' });
  });

  it('refuses moves the status does not allow', () => {
    const r = applyWorkflow('draft', 'approve', clean);
    expect(r).toEqual({ ok: false, refusal: { code: 'not-allowed', params: { status: 'draft', action: 'approve' } } });
    if (!r.ok) {
      expect(formatWorkflowRefusal(r.refusal, 'zh-CN')).toBe('当前状态为“拟稿”，不能批准');
      expect(formatWorkflowRefusal(r.refusal, 'en')).toBe('The meeting’s status is “Draft”; “Approve” is not possible now');
    }
    expect(applyWorkflow('approved', 'submit', clean).ok).toBe(false);
    expect(applyWorkflow('draft', 'return', clean).ok).toBe(false);
  });

  it('blocks approval while an error finding has no exception', () => {
    const findings = [error('no-meeting-period'), error('duration-cap'), error('duration-cap'), warning];
    const r = applyWorkflow('submitted', 'approve', { findings, exceptions: [] });
    expect(r).toEqual({ ok: false, refusal: { code: 'errors-remain', params: { rules: 'no-meeting-period,duration-cap', count: 3 } } });
    if (!r.ok) expect(formatWorkflowRefusal(r.refusal, 'zh-CN')).toBe('仍有3项错误（无会期、会议时长）未解决，且未登记例外理由，不能批准');
    // An exception covers every finding of its rule; the other rule still blocks.
    expect(blockingFindings(findings, [{ rule: 'duration-cap' }])).toEqual([error('no-meeting-period')]);
    const both = [{ rule: 'duration-cap' as const }, { rule: 'no-meeting-period' as const }];
    expect(applyWorkflow('submitted', 'approve', { findings, exceptions: both })).toEqual({ ok: true, status: 'approved' });
  });

  it('lets a meeting with errors be submitted: the approver decides', () => {
    expect(applyWorkflow('draft', 'submit', { findings: [error('duration-cap')], exceptions: [] }).ok).toBe(true);
  });
});
