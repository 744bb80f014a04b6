import type { BilingualText, ShellNotice, ShellNoticeCode } from '../shared/ipc-contract';

type Params = Record<string, string | number>;

const TEXT: Record<ShellNoticeCode, { severity: ShellNotice['severity']; zh: string; en: string }> = {
  'projector-shown': {
    severity: 'info',
    zh: '投影已显示在“{label}”。',
    en: 'The projector view is on “{label}”.',
  },
  'projector-preview': {
    severity: 'info',
    zh: '未检测到投影屏，已在窗口中显示投影预览。',
    en: 'No projector found; the projector view is shown in a preview window.',
  },
  'projector-waiting': {
    severity: 'info',
    zh: '未检测到投影屏；接上投影后将自动全屏显示倒计时。',
    en: 'No projector found; the countdown will go full screen as soon as one is connected.',
  },
  'projector-display-removed': {
    severity: 'warning',
    zh: '投影屏“{label}”已断开，投影画面已隐藏；重新接上后会自动恢复。',
    en: 'The projector display “{label}” was disconnected; the projector view is hidden and will come back when it is reconnected.',
  },
  'projector-display-returned': {
    severity: 'info',
    zh: '投影屏“{label}”已重新接上，投影画面已恢复。',
    en: 'The projector display “{label}” is back; the projector view is shown again.',
  },
  'projector-display-changed': {
    severity: 'info',
    zh: '投影屏“{label}”的分辨率或方向已改变，投影画面已重新铺满。',
    en: 'The resolution or orientation of “{label}” changed; the projector view was refitted.',
  },
  'projector-only-one-display': {
    severity: 'warning',
    zh: '只剩一块屏幕，投影画面已隐藏，以免遮住主持人控制台。',
    en: 'Only one screen is left; the projector view is hidden so it does not cover the chair console.',
  },
  'display-added': {
    severity: 'info',
    zh: '检测到新的显示器“{label}”，可在“投影到…”中选择。',
    en: 'A new display “{label}” was connected; choose it under “Project to…”.',
  },
};

function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

export function shellNotice(code: ShellNoticeCode, params: Params = {}): ShellNotice {
  const text = TEXT[code];
  const message: BilingualText = { 'zh-CN': fill(text.zh, params), en: fill(text.en, params) };
  return { code, severity: text.severity, params, message };
}
