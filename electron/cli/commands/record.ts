import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildDisciplineReport, reportRange, type ReportPeriodKind } from '../../core/records';
import type { Lang } from '../../core/rules/finding';
import { disciplineReportCsv, meetingRecordCsv } from '../../services/csv';
import { PdfFontError } from '../../services/pdf';
import { disciplineReportPdf, isRecordsError, loadLatestRecord, loadMeetingRecord, loadRecordsBetween, meetingRecordPdf } from '../../services/records';
import { isStorageError, openDatabase, type Store } from '../../services/storage';

/**
 * `duanhui record` and `duanhui report`: the meeting record and the monthly/quarterly/yearly
 * discipline report from the database, as PDF, CSV or JSON. The lead wires them into the
 * dispatcher; each returns an exit code and never throws.
 */

export interface RecordIo {
  out(s: string): void;
  err(s: string): void;
}

export type ExportFormat = 'pdf' | 'csv' | 'json';

export interface RecordArgs {
  /** The database file. */
  db: string;
  /** A session id, or `meeting` for that meeting's latest session. */
  session?: string;
  meeting?: string;
  format: ExportFormat;
  /** Output file; without it CSV and JSON go to stdout (a PDF needs a file). */
  out?: string;
  lang: Lang;
  /** The clock, for a meeting still running (epoch ms); default now. */
  now?: number;
}

export interface ReportArgs {
  db: string;
  period: ReportPeriodKind;
  /** `2026-04`, `2026-Q2` or `2026`. */
  key: string;
  format: ExportFormat;
  out?: string;
  lang: Lang;
  /** Default: the current policy's zone. */
  timeZone?: string;
  now?: number;
}

export const RECORD_EXIT = { ok: 0, internal: 1, input: 2 } as const;

export { RECORD_HELP } from './record-help';

class CliInputError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

const say = (lang: Lang, zh: string, en: string) => (lang === 'en' ? `duanhui: ${en}` : `duanhui：${zh}`);

function openExisting(db: string): Store {
  if (!fs.existsSync(db)) throw new CliInputError(`找不到数据库文件 ${db}。`, `The database file ${db} does not exist.`);
  return openDatabase(db);
}

function parseFormat(value: unknown, out: string | undefined): ExportFormat {
  const v = typeof value === 'string' ? value.toLowerCase() : out ? path.extname(out).slice(1).toLowerCase() : 'pdf';
  if (v === 'pdf' || v === 'csv' || v === 'json') return v;
  throw new CliInputError(`--format 的值“${String(value ?? v)}”无效，可选：pdf、csv、json。`, `--format "${String(value ?? v)}" is not one of pdf, csv, json.`);
}

async function emit(format: ExportFormat, out: string | undefined, io: RecordIo, lang: Lang, make: {
  pdf: () => Promise<Uint8Array>;
  csv: () => string;
  json: () => unknown;
}): Promise<void> {
  if (format === 'pdf') {
    if (!out) throw new CliInputError('导出 PDF 需要用 --out 指定文件。', 'A PDF needs an output file: give --out FILE.');
    fs.writeFileSync(out, await make.pdf());
  } else {
    const text = format === 'csv' ? make.csv() : `${JSON.stringify(make.json(), null, 2)}\n`;
    if (out) fs.writeFileSync(out, text, 'utf8');
    else io.out(text.replace(/\n$/, ''));
  }
  if (out) io.err(say(lang, `已写入 ${out}`, `wrote ${out}`));
}

/** Turns every expected failure into one sentence and an exit code. */
async function guarded(lang: Lang, io: RecordIo, run: () => Promise<void>): Promise<number> {
  try {
    await run();
    return RECORD_EXIT.ok;
  } catch (e) {
    if (e instanceof CliInputError || isRecordsError(e) || isStorageError(e) || e instanceof PdfFontError) {
      io.err(say(lang, e.zh, e.en));
      return RECORD_EXIT.input;
    }
    if (e instanceof RangeError) {
      io.err(say(lang, e.message, e.message));
      return RECORD_EXIT.input;
    }
    const what = e instanceof Error ? `${e.name}: ${e.message.split('\n')[0]}` : String(e);
    io.err(say(lang, `发生意外的内部错误（${what}），请报告此问题。`, `an unexpected internal error occurred (${what}); please report it.`));
    return RECORD_EXIT.internal;
  }
}

export async function runRecord(args: RecordArgs, io: RecordIo): Promise<number> {
  return guarded(args.lang, io, async () => {
    if ((args.session === undefined) === (args.meeting === undefined)) {
      throw new CliInputError('请用 --session 或 --meeting 二者之一指明会议。', 'Name the meeting with exactly one of --session or --meeting.');
    }
    const store = openExisting(args.db);
    try {
      const opts = { asOf: args.now ?? Date.now() };
      const record = args.session !== undefined ? loadMeetingRecord(store, args.session, opts) : loadLatestRecord(store, args.meeting!, opts);
      await emit(args.format, args.out, io, args.lang, {
        pdf: () => meetingRecordPdf(record, { lang: args.lang, createdAt: opts.asOf }),
        csv: () => meetingRecordCsv(record, args.lang),
        json: () => record,
      });
    } finally {
      store.close();
    }
  });
}

export async function runReport(args: ReportArgs, io: RecordIo): Promise<number> {
  return guarded(args.lang, io, async () => {
    const store = openExisting(args.db);
    try {
      const timeZone = args.timeZone ?? store.currentPolicy().policy.timeZone;
      const range = reportRange(args.period, args.key, timeZone);
      const asOf = args.now ?? Date.now();
      const records = loadRecordsBetween(store, range.from, range.to, { asOf });
      const report = buildDisciplineReport(records, { from: range.from, to: range.to, period: args.period, timeZone });
      await emit(args.format, args.out, io, args.lang, {
        pdf: () => disciplineReportPdf(report, { lang: args.lang, createdAt: asOf }),
        csv: () => disciplineReportCsv(report, args.lang),
        json: () => report,
      });
    } finally {
      store.close();
    }
  });
}

/** zh, zh-CN → zh-CN; en… → en. */
const langOf = (v: unknown): Lang => (typeof v === 'string' && v.toLowerCase().startsWith('en') ? 'en' : 'zh-CN');

/**
 * Command-line words (after `record`) → RecordArgs, or a one-sentence error. For the dispatcher:
 * `const a = parseRecordArgv(rest); return 'error' in a ? (io.err(a.error), 2) : runRecord(a, io)`.
 */
export function parseRecordArgv(argv: readonly string[]): RecordArgs | { error: string } {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: { db: { type: 'string' }, session: { type: 'string' }, meeting: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string' } },
      strict: true,
    });
    const lang = langOf(values.lang);
    if (!values.db) return { error: say(lang, 'record 需要 --db FILE。', 'record needs --db FILE.') };
    return {
      db: values.db,
      ...(values.session !== undefined ? { session: values.session } : {}),
      ...(values.meeting !== undefined ? { meeting: values.meeting } : {}),
      format: parseFormat(values.format, values.out),
      ...(values.out !== undefined ? { out: values.out } : {}),
      lang,
    };
  } catch (e) {
    return { error: e instanceof CliInputError ? say('zh-CN', e.zh, e.en) : `duanhui：命令行有误 / bad command line: ${(e as Error).message.split('\n')[0]}` };
  }
}

/** Command-line words (after `report`) → ReportArgs, or a one-sentence error. */
export function parseReportArgv(argv: readonly string[]): ReportArgs | { error: string } {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        db: { type: 'string' },
        month: { type: 'string' },
        quarter: { type: 'string' },
        year: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        lang: { type: 'string' },
        'time-zone': { type: 'string' },
      },
      strict: true,
    });
    const lang = langOf(values.lang);
    if (!values.db) return { error: say(lang, 'report 需要 --db FILE。', 'report needs --db FILE.') };
    const periods = (['month', 'quarter', 'year'] as const).filter((p) => values[p] !== undefined);
    if (periods.length !== 1) {
      return { error: say(lang, '请用 --month、--quarter、--year 三者之一指明统计期。', 'Give exactly one of --month, --quarter or --year.') };
    }
    const period = periods[0]!;
    return {
      db: values.db,
      period,
      key: values[period]!,
      format: parseFormat(values.format, values.out),
      ...(values.out !== undefined ? { out: values.out } : {}),
      lang,
      ...(values['time-zone'] !== undefined ? { timeZone: values['time-zone'] } : {}),
    };
  } catch (e) {
    return { error: e instanceof CliInputError ? say('zh-CN', e.zh, e.en) : `duanhui：命令行有误 / bad command line: ${(e as Error).message.split('\n')[0]}` };
  }
}
