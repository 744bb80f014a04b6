import type { IncomingMessage, ServerResponse } from 'node:http';
import { dispatchPlanning, httpStatusOf, PLANNING_OPS, type PlanningService } from '../services/planning';
import { readJsonBody } from './http-body';
import { sendError, sendJson } from './http-replies';
import type { RoomServerLog } from './server-limits';
import { KeyedTokenBuckets } from './token-bucket';
import { presentedToken, roleForToken, type RoomTokens } from './tokens';

/**
 * POST /api/planning/<op> — the planning screens' API (schedule, editor, checklist, settings).
 * Chair token only: planning changes the schedule and the rules. The body is the op's `args`;
 * the reply is `{ ok: true, result }` or `{ ok: false, error: { code, message, path? } }`.
 */
export const PLANNING_PREFIX = '/api/planning/';

/** Documents and calendar files travel base64 in JSON: room for a 30 MB file. */
const MAX_PLANNING_BODY = 42 * 1024 * 1024;
const MAX_SMALL_BODY = 12 * 1024 * 1024;

export interface PlanningRouteContext {
  planning: PlanningService;
  tokens: () => RoomTokens;
  log: RoomServerLog;
  /** The editor re-checks as the clerk types: its own, roomier bucket than the timer's buttons. */
  buckets: KeyedTokenBuckets;
}

export function createPlanningBuckets(clock: () => number): KeyedTokenBuckets {
  return new KeyedTokenBuckets(120, 60, clock);
}

export async function handlePlanningApi(req: IncomingMessage, res: ServerResponse, url: URL, ctx: PlanningRouteContext): Promise<void> {
  const op = url.pathname.slice(PLANNING_PREFIX.length);
  if (!(PLANNING_OPS as readonly string[]).includes(op)) return sendError(res, 404, 'not-found');
  if (req.method !== 'POST') return sendError(res, 405, 'method-not-allowed', { headers: { Allow: 'POST' } });
  const role = roleForToken(presentedToken(req.headers.authorization, url.searchParams), ctx.tokens());
  if (!role) return sendError(res, 401, 'unauthorized', { headers: { 'WWW-Authenticate': 'Bearer' } });
  if (role !== 'chair') return sendError(res, 403, 'forbidden');
  if (!ctx.buckets.take(req.socket.remoteAddress ?? '?')) return sendError(res, 429, 'rate-limited', { headers: { 'Retry-After': '1' } });

  const limit = op === 'attach-document' || op === 'import-calendar' ? MAX_PLANNING_BODY : MAX_SMALL_BODY;
  const body = await readJsonBody(req, limit);
  if (!body.ok) {
    return sendError(res, body.status, body.code, {
      ...(body.detail ? { message: body.detail } : {}),
      ...(body.status === 413 ? { headers: { Connection: 'close' } } : {}),
    });
  }
  const reply = await dispatchPlanning(ctx.planning, { op, args: body.value ?? {} });
  if (!reply.ok && httpStatusOf(reply.error.code) === 500) {
    ctx.log('error', 'planning request failed', { op, code: reply.error.code, error: reply.error.message.en });
  }
  sendJson(res, reply.ok ? 200 : httpStatusOf(reply.error.code), reply);
}
