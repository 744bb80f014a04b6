// The MeetingService: the one command/query/subscription API behind every screen.
import { createMeetingService as createWithStore } from './meeting-service';
import { openMeetingService, type OpenMeetingServiceOptions } from './open-meeting-service';
import type { MeetingService, MeetingServiceOptions } from './service-types';

export type { CommandResult, Lang, LiveSnapshot, MeetingServiceApi, Refusal } from './meeting-service-api';
export type {
  CheckedFinding,
  ImportOutcome,
  MeetingCheck,
  MeetingService,
  MeetingServiceOptions,
  ServiceLogEntry,
  SessionLog,
} from './service-types';
export { openMeetingService, DATABASE_FILE_NAME, type OpenMeetingServiceOptions } from './open-meeting-service';
export { ServiceCommandSchema, SERVICE_COMMAND_TYPES, type ServiceCommand } from './service-commands';
export { SERVICE_REFUSAL_CODES, MeetingServiceError, type ServiceRefusalCode } from './service-refusals';
export { readSampleSchedule, sampleForToday, SAMPLE_ID_PREFIX } from './sample-meeting';
export { systemTimers, type Timers } from './scheduler';

/**
 * Creates the service on an open Store (tests, or a caller that manages the database).
 *
 * Transitional: `npm run serve` (electron/cli/serve.ts) still calls `createMeetingService({ dataDir })`;
 * given a dataDir and no store this opens the database like openMeetingService does. Callers
 * should use openMeetingService for that.
 */
export function createMeetingService(options: MeetingServiceOptions): MeetingService;
export function createMeetingService(options: OpenMeetingServiceOptions): MeetingService;
export function createMeetingService(options: MeetingServiceOptions | OpenMeetingServiceOptions): MeetingService {
  if ('store' in options && options.store) return createWithStore(options);
  if ('dataDir' in options && typeof options.dataDir === 'string') return openMeetingService(options);
  throw new TypeError('createMeetingService: pass { store } (an open Store) or { dataDir } / 需要 store 或 dataDir');
}
