import * as nodeFs from 'node:fs';
import { dirname } from 'node:path';
import type { Lang, RememberedDisplay } from '../shared/ipc-contract';

/** What the desktop shell remembers between runs (userData/shell-settings.json). */
export interface ShellSettings {
  projectorDisplay: RememberedDisplay | null;
  lang: Lang | null;
}

export const DEFAULT_SHELL_SETTINGS: ShellSettings = { projectorDisplay: null, lang: null };
export const SHELL_SETTINGS_FILE = 'shell-settings.json';

export type FsLike = Pick<typeof nodeFs, 'readFileSync' | 'writeFileSync' | 'renameSync' | 'mkdirSync'>;

export interface LoadResult {
  settings: ShellSettings;
  /** Set when the file existed but could not be used; the defaults were taken instead. */
  problem: string | null;
}

export interface SettingsStore {
  load(): LoadResult;
  /** Merges `patch` into the stored settings and writes them atomically. */
  save(patch: Partial<ShellSettings>): ShellSettings;
}

function describe(path: string, field: string, en: string, zh: string): string {
  return `${path}: "${field}" ${en}; using the default. / ${path}：字段“${field}”${zh}，已改用默认值。`;
}

/** Checks a parsed settings file field by field; a bad field falls back alone. */
export function parseShellSettings(raw: unknown, path: string): LoadResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      settings: { ...DEFAULT_SHELL_SETTINGS },
      problem: `${path}: the top level must be a JSON object; using the defaults. / ${path}：顶层应为 JSON 对象，已改用默认设置。`,
    };
  }
  const record = raw as Record<string, unknown>;
  const problems: string[] = [];
  const settings: ShellSettings = { ...DEFAULT_SHELL_SETTINGS };

  const display = record.projectorDisplay;
  if (display === null || display === undefined) {
    settings.projectorDisplay = null;
  } else if (
    typeof display === 'object' &&
    typeof (display as { id?: unknown }).id === 'number' &&
    Number.isFinite((display as { id: number }).id) &&
    typeof (display as { label?: unknown }).label === 'string'
  ) {
    settings.projectorDisplay = { id: (display as { id: number }).id, label: (display as { label: string }).label };
  } else {
    problems.push(
      describe(path, 'projectorDisplay', 'must be an object with a numeric "id" and a string "label", or null', '应为含数字 id 和字符串 label 的对象或 null'),
    );
  }

  const lang = record.lang;
  if (lang === 'zh-CN' || lang === 'en' || lang === null || lang === undefined) settings.lang = lang ?? null;
  else problems.push(describe(path, 'lang', 'must be "zh-CN", "en" or null', '应为 "zh-CN"、"en" 或 null'));

  return { settings, problem: problems.length > 0 ? problems.join('\n') : null };
}

/**
 * A small JSON file in the user data folder. A missing file means defaults; a broken one is
 * reported (file and field) and replaced with defaults on the next save, never a crash.
 */
export function createSettingsStore(path: string, fs: FsLike = nodeFs): SettingsStore {
  let current: ShellSettings | null = null;

  const load = (): LoadResult => {
    let text: string;
    try {
      text = fs.readFileSync(path, 'utf8');
    } catch (error) {
      current = { ...DEFAULT_SHELL_SETTINGS };
      const code = (error as NodeJS.ErrnoException).code;
      return {
        settings: current,
        problem: code === 'ENOENT' ? null : `${path}: cannot be read (${code ?? 'error'}); using the defaults. / ${path}：无法读取，已改用默认设置。`,
      };
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      current = { ...DEFAULT_SHELL_SETTINGS };
      const detail = error instanceof Error ? error.message : String(error);
      return {
        settings: current,
        problem: `${path}: not valid JSON (${detail}); using the defaults. / ${path}：不是有效的 JSON，已改用默认设置。`,
      };
    }
    const result = parseShellSettings(raw, path);
    current = result.settings;
    return result;
  };

  const save = (patch: Partial<ShellSettings>): ShellSettings => {
    const base = current ?? load().settings;
    const next: ShellSettings = { ...base, ...patch };
    fs.mkdirSync(dirname(path), { recursive: true });
    const tmp = `${path}.tmp`;
    fs.writeFileSync(tmp, `${JSON.stringify(next, null, 2)}\n`, 'utf8');
    fs.renameSync(tmp, path);
    current = next;
    return next;
  };

  return { load, save };
}
