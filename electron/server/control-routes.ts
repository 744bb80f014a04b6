import { MESSAGE_PRESETS } from '../core/engine';
import type { BilingualText } from './ws-protocol';

/**
 * The one-button routes for Companion / Stream Deck / clickers, and the engine command each
 * one sends. Anything richer goes through POST /api/command.
 */
export const CONTROL_ROUTES = [
  'start',
  'pause',
  'resume',
  'next',
  'extend',
  'message',
  'clear-message',
  'blackout',
] as const;
export type ControlRoute = (typeof CONTROL_ROUTES)[number];

const SIMPLE: Record<Exclude<ControlRoute, 'message' | 'blackout'>, string> = {
  start: 'start-meeting',
  pause: 'pause-item',
  resume: 'resume-item',
  next: 'next',
  extend: 'grant-extension',
  'clear-message': 'clear-message',
};

export type RouteCommand =
  | { ok: true; command: { type: string; [key: string]: unknown } }
  | { ok: false; path: string; detail: BilingualText };

export function isControlRoute(name: string): name is ControlRoute {
  return (CONTROL_ROUTES as readonly string[]).includes(name);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function fail(path: string, zh: string, en: string): RouteCommand {
  return { ok: false, path, detail: { 'zh-CN': zh, en } };
}

/** Fields come from the JSON body, or from the query string for devices that cannot send one. */
function fields(body: unknown, query: URLSearchParams, keys: readonly string[]): Record<string, unknown> | null {
  if (body === undefined) {
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const value = query.get(key);
      if (value !== null) out[key] = value;
    }
    return out;
  }
  return isPlainObject(body) ? body : null;
}

function parseOn(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === '1' || value === 'true' || value === 'on') return true;
  if (value === 0 || value === '0' || value === 'false' || value === 'off') return false;
  return null;
}

export function commandForRoute(route: ControlRoute, body: unknown, query: URLSearchParams): RouteCommand {
  if (route === 'message') {
    const f = fields(body, query, ['text', 'preset']);
    if (!f) return fail('(body)', '请求体应为 JSON 对象', 'the body must be a JSON object');
    const extra = Object.keys(f).filter((k) => k !== 'text' && k !== 'preset');
    if (extra.length > 0) return fail(extra[0] ?? '', '不认识的字段', 'unknown field');
    const hasText = f.text !== undefined;
    const hasPreset = f.preset !== undefined;
    if (hasText === hasPreset) {
      return fail('(body)', '需要 text 或 preset 二者之一', 'exactly one of text or preset is required');
    }
    if (hasPreset) {
      if (!(MESSAGE_PRESETS as readonly unknown[]).includes(f.preset)) {
        return fail('preset', '应为 "hurry" 或 "wrap-up"', 'must be "hurry" or "wrap-up"');
      }
      return { ok: true, command: { type: 'message', preset: f.preset } };
    }
    // Length and blank text are the engine's rules; it refuses them with its own message.
    if (typeof f.text !== 'string') return fail('text', '应为字符串', 'must be a string');
    return { ok: true, command: { type: 'message', text: f.text } };
  }
  if (route === 'blackout') {
    const f = fields(body, query, ['on']);
    if (!f) return fail('(body)', '请求体应为 JSON 对象', 'the body must be a JSON object');
    const extra = Object.keys(f).filter((k) => k !== 'on');
    if (extra.length > 0) return fail(extra[0] ?? '', '不认识的字段', 'unknown field');
    const on = parseOn(f.on);
    if (on === null) return fail('on', '应为 true 或 false', 'must be true or false');
    return { ok: true, command: { type: 'blackout', on } };
  }
  if (body !== undefined && !(isPlainObject(body) && Object.keys(body).length === 0)) {
    return fail(
      '(body)',
      '此地址不接受参数；需要参数时请用 POST /api/command',
      'this route takes no parameters; use POST /api/command for options',
    );
  }
  return { ok: true, command: { type: SIMPLE[route] } };
}
