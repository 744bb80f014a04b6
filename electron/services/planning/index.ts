// Planning: the schedule calendar, meeting editor, documents, approval checklist and 审批表 PDF,
// schedule import/export and settings. Separate from MeetingService (live meetings); same Store.
export { createPlanningService, parseMeetingInput, type PlanningService, type PlanningServiceOptions } from './planning-service';
export { dispatchPlanning, httpStatusOf, PLANNING_OPS, PLANNING_OP_ARGS, toPlanningErrorBody, type PlanningOp, type PlanningReply } from './planning-ops';
export { PlanningError, isPlanningError, type PlanningErrorBody, type PlanningErrorCode } from './planning-error';
export { scheduleToIcs } from './ics-writer';
export { checklistPdf, type ChecklistPdfInput } from './checklist-pdf';
export type * from './planning-types';
