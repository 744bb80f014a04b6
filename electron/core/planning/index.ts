// The planning domain: calendar days, slot suggestions, the approval checklist and workflow.
export { dayTypeOf, inNoMeetingPeriod, planningDay, planningDays, startAllowed, type PlanningDay } from './planning-days';
export { suggestSlots, type SlotContext, type SlotKind, type SlotSuggestion } from './slot-suggestions';
export { checklistLines, checklistSummary, type ChecklistContext, type ChecklistLine, type CheckStatus } from './checklist';
export { CHECK_STATUS_TERMS, checklistReasons, checkStatusTerm } from './checklist-text';
export {
  APPROVAL_STATUSES,
  APPROVAL_STATUS_TERMS,
  WORKFLOW_ACTIONS,
  WORKFLOW_ACTION_TERMS,
  applyWorkflow,
  blockingFindings,
  formatWorkflowRefusal,
  type ApprovalStatus,
  type PlanningException,
  type WorkflowAction,
  type WorkflowRefusal,
  type WorkflowResult,
} from './approval-workflow';
export { worstSeverity } from './worst-finding';
