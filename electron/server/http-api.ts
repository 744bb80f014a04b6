import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CommandResult, MeetingServiceApi } from '../services/meeting-service/meeting-service-api';
import { CommandSchema, formatPath } from './client-message';
import { commandForRoute, isControlRoute } from './control-routes';
import { errorText } from './error-text';
import { readJsonBody } from './http-body';
import { sendError, sendJson } from './http-replies';
import type { RoomServerLimits, RoomServerLog } from './server-limits';
import type { KeyedTokenBuckets } from './token-bucket';
import { presentedToken, roleForToken, type RoomTokens } from './tokens';
import type { Role } from './ws-protocol';

export interface ApiContext {
  service: MeetingServiceApi;
  limits: RoomServerLimits;
  tokens: () => RoomTokens;
  buckets: KeyedTokenBuckets;
  log: RoomServerLog;
}

interface Route {
  methods: readonly ('GET' | 'POST')[];
  /** The weakest role that may call it. */
  role: Role;
}

function routeFor(name: string): Route | null {
  if (name === 'snapshot' || name === 'time') return { methods: ['GET'], role: 'view' };
  // The full schedule is for the chair, not for anyone who scanned the projector's QR code.
  if (name === 'schedule') return { methods: ['GET', 'POST'], role: 'chair' };
  if (name === 'command' || isControlRoute(name)) return { methods: ['POST'], role: 'chair' };
  return null;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function runCommand(res: ServerResponse, ctx: ApiContext, command: unknown): Promise<void> {
  let result: CommandResult;
  try {
    result = await ctx.service.execute(command);
  } catch (error) {
    ctx.log('error', 'command failed inside the service', { error: messageOf(error) });
    sendError(res, 500, 'internal');
    return;
  }
  // 409: the command was understood but the meeting's state does not allow it now.
  sendJson(res, result.ok ? 200 : 409, result);
}

/** Everything under /api/. Host and Origin were already checked by the caller. */
export async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL, ctx: ApiContext): Promise<void> {
  const name = url.pathname.slice('/api/'.length);
  const route = routeFor(name);
  if (!route) return sendError(res, 404, 'not-found');
  const method = req.method === 'HEAD' ? 'GET' : req.method;
  if (!route.methods.includes(method as 'GET' | 'POST')) {
    return sendError(res, 405, 'method-not-allowed', { headers: { Allow: route.methods.join(', ') } });
  }
  const role = roleForToken(presentedToken(req.headers.authorization, url.searchParams), ctx.tokens());
  if (!role) return sendError(res, 401, 'unauthorized', { headers: { 'WWW-Authenticate': 'Bearer' } });
  if (route.role === 'chair' && role !== 'chair') return sendError(res, 403, 'forbidden');
  if (!ctx.buckets.take(req.socket.remoteAddress ?? '?')) {
    return sendError(res, 429, 'rate-limited', { headers: { 'Retry-After': '1' } });
  }

  if (method === 'GET') {
    if (name === 'snapshot') return sendJson(res, 200, ctx.service.snapshot());
    if (name === 'time') return sendJson(res, 200, { serverTime: ctx.service.now() });
    try {
      return sendJson(res, 200, await ctx.service.exportSchedule());
    } catch (error) {
      ctx.log('error', 'schedule export failed', { error: messageOf(error) });
      return sendError(res, 500, 'internal');
    }
  }

  const limit = name === 'schedule' ? ctx.limits.maxScheduleBytes : ctx.limits.maxBodyBytes;
  const body = await readJsonBody(req, limit);
  if (!body.ok) {
    const message = body.detail ? errorText(body.code, body.detail) : undefined;
    return sendError(res, body.status, body.code, {
      ...(message ? { message } : {}),
      ...(body.status === 413 ? { headers: { Connection: 'close' } } : {}),
    });
  }

  if (name === 'schedule') {
    if (body.value === undefined) {
      return sendError(res, 400, 'bad-schedule', {
        message: errorText('bad-schedule', { 'zh-CN': '请求体为空，应为日程 JSON', en: 'the body is empty; send the schedule JSON' }),
      });
    }
    const preview = ['1', 'true', 'yes'].includes(url.searchParams.get('preview') ?? '');
    try {
      const result = await ctx.service.importSchedule(body.value, { preview });
      const refused = result !== null && typeof result === 'object' && (result as { ok?: unknown }).ok === false;
      return sendJson(res, refused ? 422 : 200, result);
    } catch (error) {
      const detail = messageOf(error);
      return sendError(res, 400, 'bad-schedule', { message: errorText('bad-schedule', { 'zh-CN': detail, en: detail }) });
    }
  }

  if (name === 'command') {
    const parsed = CommandSchema.safeParse(body.value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue ? formatPath(issue.path) : '';
      const where = path || '(body)';
      return sendError(res, 400, 'bad-message', {
        path: where,
        message: errorText('bad-message', {
          'zh-CN': `${where}：应为带 type 字段的命令对象`,
          en: `${where}: expected a command object with a "type" field`,
        }),
      });
    }
    return runCommand(res, ctx, parsed.data);
  }

  if (!isControlRoute(name)) return sendError(res, 404, 'not-found');
  const mapped = commandForRoute(name, body.value, url.searchParams);
  if (!mapped.ok) {
    return sendError(res, 400, 'bad-request', {
      path: mapped.path,
      message: errorText('bad-request', {
        'zh-CN': `${mapped.path}：${mapped.detail['zh-CN']}`,
        en: `${mapped.path}: ${mapped.detail.en}`,
      }),
    });
  }
  return runCommand(res, ctx, mapped.command);
}
