import path from 'node:path';
import type { OfficialCalendar } from '../core/calendar/calendar-types';
import { createServiceClock, type ServiceClock } from './clock';
import { createMeetingService, DATABASE_FILE_NAME, type MeetingService } from './meeting-service';
import { createPlanningService, type PlanningService } from './planning';
import { createRecordsService, type RecordsService } from './records-service';
import { openDatabase, type Store, type StorageLogEntry } from './storage';

/**
 * Everything the screens talk to, on one database: the live MeetingService, planning and records.
 * Both hosts compose it the same way — the desktop app's main process and the headless `serve`.
 * Planning owns the calendar (bundled years plus imported ones); records judge by the same one.
 */
export interface AppServices {
  store: Store;
  meeting: MeetingService;
  planning: PlanningService;
  records: RecordsService;
  close(): void;
}

export interface OpenAppServicesOptions {
  /** The user data folder: `<dataDir>/duanhui.sqlite`, backups in `<dataDir>/backups/`. */
  dataDir: string;
  clock?: ServiceClock;
  /** The sample schedule (parsed JSON) the console offers on first start. */
  sample?: unknown;
  storageLog?: (entry: StorageLogEntry) => void;
}

/** Throws storage's StorageError (zh-CN + English) when the database cannot be used. */
export function openAppServices(options: OpenAppServicesOptions): AppServices {
  const clock = options.clock ?? createServiceClock();
  const now = () => clock.now();
  const store = openDatabase(path.join(options.dataDir, DATABASE_FILE_NAME), {
    now,
    ...(options.storageLog ? { log: options.storageLog } : {}),
  });
  try {
    const planning = createPlanningService({ store, now });
    // A calendar year imported in Settings applies at once to live checks and records too.
    const calendar: OfficialCalendar = {
      get years() {
        return planning.calendar().years;
      },
      get data() {
        return planning.calendar().data;
      },
      covers: (year) => planning.calendar().covers(year),
      dayType: (date) => planning.calendar().dayType(date),
      isWorkingDay: (date) => planning.calendar().isWorkingDay(date),
      holidayName: (date) => planning.calendar().holidayName(date),
    };
    const meeting = createMeetingService({
      store,
      clock,
      calendar,
      ...(options.sample !== undefined ? { sample: options.sample } : {}),
    });
    const records = createRecordsService({ store, now, calendar });
    return {
      store,
      meeting,
      planning,
      records,
      close() {
        meeting.close();
        store.close();
      },
    };
  } catch (error) {
    store.close();
    throw error;
  }
}
