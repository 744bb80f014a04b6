import { realpathSync } from 'node:fs';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { Lang } from '../core/rules/finding';
import { EXIT, type CliIo } from './cli-io';
import { inputErrorText } from './input-error-text';
import { RECORD_HELP } from './commands/record-help';

/**
 * `duanhui` — the command line. `npm run duanhui -- check FILE …` / `count FILE …`.
 * Every failure ends in one sentence and an exit code, never a stack trace.
 */

const HELP = `短会 duanhui — 会前合规检查 / meeting-discipline checks

用法 Usage:
  npm run duanhui -- check FILE [--json] [--policy FILE] [--calendar FILE] [--lang zh-CN|en]
      检查日程（.json 或 .ics）是否符合会议规定。
      Check a schedule (.json or .ics) against the meeting rules.
  npm run duanhui -- count FILE [--json] [--lang zh-CN|en]
      统计文稿字数、不计空格字符数和页数（.txt / .docx / .pdf）。
      Count a document's 字数, characters without spaces and pages (.txt / .docx / .pdf).
  ${RECORD_HELP.split('\n').join('\n  ')}

选项 Options:
  --json            输出 JSON / print JSON
  --policy FILE     用规则文件覆盖默认规则 / override the default rules with a policy file
  --calendar FILE   另用一份节假日安排（JSON 或 .ics）/ use another holiday calendar (JSON or .ics)
  --lang zh-CN|en   输出语言，默认 zh-CN / output language, default zh-CN
  -h, --help        显示本帮助 / show this help

退出码 Exit codes:
  0  没有错误 / no error finding      1  有错误 / at least one error finding
  2  输入无法读取或命令行有误 / input cannot be read, or a bad command line

文件格式见 docs/schedule-format.md / File format: docs/schedule-format.md`;

class UsageError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/** zh, zh-CN, zh_CN.UTF-8 → zh-CN; en, en-US → en; anything else is refused. */
export function parseLang(value: string | undefined): Lang {
  if (value === undefined) return 'zh-CN';
  const v = value.trim().toLowerCase().replace('_', '-');
  if (v === 'zh' || v.startsWith('zh-')) return 'zh-CN';
  if (v === 'en' || v.startsWith('en-')) return 'en';
  throw new UsageError(
    `--lang 的值“${value}”无效，可选：zh-CN、en。`,
    `--lang "${value}" is not supported; use zh-CN or en.`,
  );
}

/** A language guess for messages written before --lang is understood (e.g. a bad option). */
function langHint(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return 'zh-CN';
  const raw = argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return raw !== undefined && raw.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

type Parsed =
  | { command: 'help' }
  | { command: 'check'; file: string; json: boolean; lang: Lang; policy?: string; calendar?: string }
  | { command: 'count'; file: string; json: boolean; lang: Lang }
  | { command: 'record' | 'report'; argv: string[] };

/** Command-line words → what to do. Throws UsageError for a command line that means nothing. */
export function parseCommandLine(argv: readonly string[]): Parsed {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return { command: 'help' };
  if (command === 'record' || command === 'report') return { command, argv: rest };
  if (command !== 'check' && command !== 'count') {
    throw new UsageError(
      `未知的命令“${command}”。可用命令：check、count、record、report（--help 查看用法）。`,
      `unknown command "${command}"; the commands are check, count, record and report (see --help).`,
    );
  }
  const options: ParseArgsOptionsConfig = {
    json: { type: 'boolean' },
    lang: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    ...(command === 'check' ? { policy: { type: 'string' }, calendar: { type: 'string' } } : {}),
  };
  let values: Record<string, unknown>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: [...rest], options, allowPositionals: true, strict: true }));
  } catch (e) {
    throw optionError(e, command, Object.keys(options));
  }
  if (values.help) return { command: 'help' };
  const lang = parseLang(values.lang as string | undefined);
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0 ? `${command} 需要一个文件名。` : `${command} 只接受一个文件，收到 ${positionals.length} 个。`,
      positionals.length === 0 ? `${command} needs a file name.` : `${command} takes one file; got ${positionals.length}.`,
    );
  }
  const file = positionals[0]!;
  const json = values.json === true;
  if (command === 'count') return { command, file, json, lang };
  return {
    command,
    file,
    json,
    lang,
    ...(typeof values.policy === 'string' ? { policy: values.policy } : {}),
    ...(typeof values.calendar === 'string' ? { calendar: values.calendar } : {}),
  };
}

/** parseArgs speaks English and long sentences; say the same thing briefly in both languages. */
function optionError(e: unknown, command: string, known: readonly string[]): UsageError {
  const message = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: string }).code;
  const list = (lang: 'zh' | 'en') => known.map((k) => `--${k}`).join(lang === 'zh' ? '、' : ', ');
  const unknown = /Unknown option '([^']+)'/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) {
    return new UsageError(
      `不认识的选项 ${unknown}；${command} 可用的选项：${list('zh')}。`,
      `unknown option ${unknown}; ${command} takes ${list('en')}.`,
    );
  }
  const missing = /Option '(-\w, )?(--[\w-]+)/.exec(message)?.[2];
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && missing && /does not take an argument/.test(message)) {
    return new UsageError(`选项 ${missing} 不带值。`, `option ${missing} takes no value.`);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && missing) {
    return new UsageError(`选项 ${missing} 需要一个值。`, `option ${missing} needs a value.`);
  }
  const first = message.split('\n')[0] ?? message;
  return new UsageError(`命令行有误：${first}（--help 查看用法）`, `bad command line: ${first} (see --help)`);
}

type CheckCommand = typeof import('./commands/check').runCheck;
type CountCommand = typeof import('./commands/count').runCount;
type RecordModule = typeof import('./commands/record');

/** The commands, loaded on demand: one that fails to load is reported like any internal error. */
export interface Commands {
  check(): Promise<CheckCommand>;
  count(): Promise<CountCommand>;
  records(): Promise<RecordModule>;
}

const COMMANDS: Commands = {
  check: async () => (await import('./commands/check')).runCheck,
  count: async () => (await import('./commands/count')).runCount,
  records: async () => import('./commands/record'),
};

/** Runs one command line; resolves to the exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CliIo, commands: Commands = COMMANDS): Promise<number> {
  let lang = langHint(argv);
  try {
    const parsed = parseCommandLine(argv);
    if (parsed.command === 'help') {
      // No command at all is a mistake too: show how to use it, but fail.
      (argv.length === 0 ? io.err : io.out)(HELP);
      return argv.length === 0 ? EXIT.input : EXIT.ok;
    }
    if (parsed.command === 'record' || parsed.command === 'report') {
      const m = await commands.records();
      const args = parsed.command === 'record' ? m.parseRecordArgv(parsed.argv) : m.parseReportArgv(parsed.argv);
      if ('error' in args) {
        io.err(args.error);
        return EXIT.input;
      }
      return parsed.command === 'record'
        ? await m.runRecord(args as Parameters<RecordModule['runRecord']>[0], io)
        : await m.runReport(args as Parameters<RecordModule['runReport']>[0], io);
    }
    lang = (parsed as Extract<Parsed, { lang: Lang }>).lang;
    if (parsed.command === 'count') {
      const runCount = await commands.count();
      return await runCount({ file: parsed.file, json: parsed.json, lang }, io);
    }
    const runCheck = await commands.check();
    const { command: _command, ...args } = parsed as Extract<Parsed, { command: 'check' }>;
    return await runCheck(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(lang === 'en' ? `duanhui: ${e.en}` : `duanhui：${e.zh}`);
      return EXIT.input;
    }
    const text = inputErrorText(e, lang);
    if (text !== undefined) {
      io.err(lang === 'en' ? `duanhui: cannot read the input.\n${text}` : `duanhui：无法读取输入。\n${text}`);
      return EXIT.input;
    }
    io.err(unexpected(e, lang));
    return EXIT.input;
  }
}

function unexpected(e: unknown, lang: Lang): string {
  const what = e instanceof Error ? `${e.name}: ${e.message.split('\n')[0]}` : String(e);
  return lang === 'en'
    ? `duanhui: an unexpected internal error occurred (${what}); please report it.`
    : `duanhui：发生意外的内部错误（${what}），请报告此问题（please report）。`;
}

/** Process wiring: UTF-8 streams, colour only on a terminal, exit code, no stack ever. */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const fatal = (e: unknown) => {
    process.stderr.write(`${unexpected(e, langHint(argv))}\n`);
    process.exit(EXIT.input);
  };
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
  // `duanhui check … | head` closes the pipe early; that is not an error worth a word.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    fatal(e);
  });
  const color = process.stdout.isTTY === true && process.env.NO_COLOR === undefined && process.env.TERM !== 'dumb';
  const io: CliIo = {
    color,
    out: (s) => void process.stdout.write(`${s}\n`, 'utf8'),
    err: (s) => void process.stderr.write(`${s}\n`, 'utf8'),
  };
  process.exitCode = await runCli(argv, io);
}

const invokedDirectly = (() => {
  try {
    return process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
})();
if (invokedDirectly) void main();
