// The records screens' service (issue 8): the list of ended meetings, a meeting's record and the
// discipline report, as view data, PDF and CSV, behind one { op, args } dispatcher for IPC and HTTP.
export { createRecordsService, type RecordsService, type RecordsServiceOptions } from './records-service';
export {
  dispatchRecords,
  parseRecordsRequest,
  recordsHttpStatus,
  runRecordsOp,
  toRecordsErrorBody,
  RECORDS_OP_ARGS,
  RECORDS_OPS,
  type Base64File,
  type RecordsOp,
  type RecordsOpArgs,
  type RecordsReply,
} from './records-ops';
export { RecordsRequestError, type RecordsErrorBody, type RecordsErrorCodeOut } from './records-request-error';
export { asciiFileName, safeFileStem } from './file-names';
export type * from './records-service-types';
