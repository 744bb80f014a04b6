import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parseRecordArgv, parseReportArgv, runRecord, runReport } from '../../../electron/cli/commands/record';
import { runEconMeeting } from '../../core/records/econ-meeting';
import { generateMonth } from '../../core/records/month-fixture';
import { storeSim, tempStore } from './store-fixtures';

// The `record` and `report` commands for the lead's dispatcher: they live in electron/cli but
// are tested here, beside the services they drive.

const io = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) } };
};

function dbWithEcon(): string {
  const { store, file } = tempStore();
  storeSim(store, runEconMeeting().sim, 'sess-econ');
  store.close();
  return file;
}

describe('duanhui record', () => {
  it('writes the record as CSV to stdout, with a BOM and Chinese headers', async () => {
    const db = dbWithEcon();
    const t = io();
    expect(await runRecord({ db, session: 'sess-econ', format: 'csv', lang: 'zh-CN' }, t.io)).toBe(0);
    expect(t.out[0]!.startsWith('\uFEFF会议概况')).toBe(true);
    const rows = parse(t.out[0]!, { bom: true, relax_column_count: true }) as string[][];
    expect(rows[1]).toEqual(['项目', '内容']);
  });

  it('writes a PDF to --out, by meeting id (its latest session)', async () => {
    const db = dbWithEcon();
    const out = path.join(path.dirname(db), '会议记录.pdf');
    const t = io();
    expect(await runRecord({ db, meeting: 'm-econ', format: 'pdf', out, lang: 'zh-CN' }, t.io)).toBe(0);
    expect((await PDFDocument.load(fs.readFileSync(out))).getPageCount()).toBe(2);
    expect(t.err).toEqual([`duanhui：已写入 ${out}`]);
  });

  it('JSON is the record itself', async () => {
    const db = dbWithEcon();
    const t = io();
    expect(await runRecord({ db, session: 'sess-econ', format: 'json', lang: 'en' }, t.io)).toBe(0);
    expect(JSON.parse(t.out[0]!)).toMatchObject({ format: 'duanhui-meeting-record', meetingId: 'm-econ', totals: { speeches: 3 } });
  });

  it('fails with one sentence and exit code 2 for bad input', async () => {
    const db = dbWithEcon();
    const cases: [Parameters<typeof runRecord>[0], RegExp][] = [
      [{ db: path.join(os.tmpdir(), 'none.sqlite'), session: 'x', format: 'csv', lang: 'zh-CN' }, /找不到数据库文件/],
      [{ db, session: 'nope', format: 'csv', lang: 'zh-CN' }, /找不到会议记录（会话）nope/],
      [{ db, session: 'a', meeting: 'b', format: 'csv', lang: 'en' }, /exactly one of --session or --meeting/],
      [{ db, session: 'sess-econ', format: 'pdf', lang: 'zh-CN' }, /导出 PDF 需要用 --out/],
    ];
    for (const [args, message] of cases) {
      const t = io();
      expect(await runRecord(args, t.io)).toBe(2);
      expect(t.err).toHaveLength(1);
      expect(t.err[0]).toMatch(message);
      expect(t.err[0]).not.toMatch(/\n\s+at /);
    }
  });
});

describe('duanhui report', () => {
  it('makes the April report from the database', async () => {
    const { store, file } = tempStore();
    generateMonth().sims.forEach((sim, i) => storeSim(store, sim, `s-${i}`));
    store.close();
    const t = io();
    expect(await runReport({ db: file, period: 'month', key: '2026-04', format: 'json', lang: 'zh-CN', timeZone: 'Asia/Shanghai' }, t.io)).toBe(0);
    expect(JSON.parse(t.out[0]!).summary.meetings).toBe(30);
    const out = path.join(path.dirname(file), 'report.csv');
    expect(await runReport({ db: file, period: 'month', key: '2026-04', format: 'csv', out, lang: 'zh-CN' }, io().io)).toBe(0);
    expect(fs.readFileSync(out, 'utf8').startsWith('\uFEFF总体情况')).toBe(true);
  });

  it('refuses a period key of the wrong form', async () => {
    const t = io();
    expect(await runReport({ db: dbWithEcon(), period: 'month', key: '2026-4', format: 'csv', lang: 'zh-CN' }, t.io)).toBe(2);
    expect(t.err[0]).toMatch(/统计期“2026-4”无效：按月应为 2026-04/);
  });
});

describe('command-line words', () => {
  it('parse into arguments, the format guessed from --out', () => {
    expect(parseRecordArgv(['--db', 'd.sqlite', '--session', 's1', '--out', 'r.csv'])).toEqual({ db: 'd.sqlite', session: 's1', format: 'csv', out: 'r.csv', lang: 'zh-CN' });
    expect(parseReportArgv(['--db', 'd', '--quarter', '2026-Q2', '--lang', 'en'])).toEqual({ db: 'd', period: 'quarter', key: '2026-Q2', format: 'pdf', lang: 'en' });
  });

  it('say what is wrong', () => {
    expect(parseReportArgv(['--db', 'd', '--month', '2026-04', '--year', '2026'])).toEqual({ error: expect.stringMatching(/三者之一/) });
    expect(parseRecordArgv(['--session', 's'])).toEqual({ error: expect.stringMatching(/--db FILE/) });
    expect(parseRecordArgv(['--db', 'd', '--format', 'xls'])).toEqual({ error: expect.stringMatching(/pdf、csv、json/) });
    expect(parseRecordArgv(['--db', 'd', '--bogus'])).toEqual({ error: expect.stringMatching(/bad command line/) });
  });
});
