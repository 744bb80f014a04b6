import { existsSync } from 'node:fs';
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { WebSocketServer } from 'ws';
import type { MeetingServiceApi } from '../services/meeting-service/meeting-service-api';
import { errorText } from './error-text';
import { handleApi } from './http-api';
import { createPlanningBuckets, handlePlanningApi, PLANNING_PREFIX } from './planning-routes';
import type { PlanningService } from '../services/planning';
import { createRecordsBuckets, handleRecordsApi, isRecordsPath } from './records-routes';
import type { RecordsService } from '../services/records-service';
import { sendError } from './http-replies';
import { displayHostname, interfaceAddresses } from './local-addresses';
import { createHostCheck, isSameOrigin } from './request-guard';
import { DEFAULT_LIMITS, type RoomServerLimits, type RoomServerLog } from './server-limits';
import { serveStatic } from './static-files';
import { KeyedTokenBuckets } from './token-bucket';
import { checkTokens, generateTokens, presentedToken, roleForToken, type RoomTokens } from './tokens';
import { WsHub } from './ws-hub';
import { CLOSE_CODES, TOKEN_PARAM, WS_PATH, type ErrorCode } from './ws-protocol';

export interface RoomServerOptions {
  service: MeetingServiceApi;
  /** The planning screens' service (POST /api/planning/<op>, chair only); absent: those routes are 404. */
  planning?: PlanningService;
  /** The records screens' service (GET /api/records…, /api/report…, chair only); absent: those routes are 404. */
  records?: RecordsService;
  /** Default 127.0.0.1 (this PC only). '0.0.0.0' or one interface's address shares on the LAN. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** The built renderer (electron-vite's out/renderer). Without it only the API and /ws work. */
  staticDir?: string;
  /** Keep links valid across restarts by passing the tokens back in; new random ones otherwise. */
  tokens?: RoomTokens;
  /** Extra host names that reach this PC (e.g. "meeting-pc.local"), for the Host check. */
  allowedHosts?: readonly string[];
  limits?: Partial<RoomServerLimits>;
  /** Monotonic milliseconds for rate limits; tests inject a manual clock. */
  clock?: () => number;
  log?: RoomServerLog;
}

export interface RoomServer {
  /** Base address, e.g. http://192.168.1.20:8720 */
  readonly url: string;
  readonly port: number;
  readonly host: string;
  /** Chair console with the chair token: can control the timer. */
  readonly chairUrl: string;
  /** Projector page with the view token. */
  readonly projectorUrl: string;
  /** Read-only viewer with the view token (viewer.html when built, else projector.html?mode=viewer). */
  readonly viewerUrl: string;
  /** WebSocket address for a token: ws://host:port/ws?t=… */
  wsUrl(token: string): string;
  readonly tokens: RoomTokens;
  /** Number of connected WebSocket clients. */
  readonly clientCount: number;
  /** New chair and view tokens; every holder of an old one is disconnected (close code 4401). */
  rotateTokens(): RoomTokens;
  close(): Promise<void>;
}

const LOOPBACK_DEFAULT = '127.0.0.1';

function rejectUpgrade(socket: Socket, status: number, code: ErrorCode): void {
  const body = JSON.stringify({ ok: false, error: { code, message: errorText(code) } });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n` +
      'Connection: close\r\n' +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

function listen(server: ReturnType<typeof createServer>, host: string, port: number): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      const what =
        error.code === 'EADDRINUSE'
          ? `port ${port} on ${host} is already in use / 端口 ${port} 已被占用`
          : error.code === 'EADDRNOTAVAIL'
            ? `${host} is not an address of this computer / ${host} 不是本机地址`
            : error.message;
      reject(new Error(`room server cannot listen: ${what}`));
    };
    server.once('error', onError);
    server.listen({ host, port }, () => {
      server.off('error', onError);
      resolve(server.address() as AddressInfo);
    });
  });
}

export async function createRoomServer(options: RoomServerOptions): Promise<RoomServer> {
  const { service, staticDir } = options;
  const host = options.host ?? LOOPBACK_DEFAULT;
  const limits: RoomServerLimits = { ...DEFAULT_LIMITS, ...options.limits };
  if (limits.maxFrameBytes <= limits.maxMessageBytes) {
    throw new Error('limits.maxFrameBytes must be larger than limits.maxMessageBytes');
  }
  const clock = options.clock ?? (() => performance.now());
  const log: RoomServerLog = options.log ?? (() => {});
  let tokens = options.tokens ? checkTokens(options.tokens) : generateTokens();

  const hostAllowed = createHostCheck({
    bindHost: host,
    interfaceAddresses,
    ...(options.allowedHosts ? { allowedHosts: options.allowedHosts } : {}),
  });
  const hub = new WsHub({ service, limits, clock, log });
  const buckets = new KeyedTokenBuckets(limits.burst, limits.perSecond, clock);
  const planningBuckets = createPlanningBuckets(clock);
  const recordsBuckets = createRecordsBuckets(clock);
  let closing: Promise<void> | undefined;
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxFrameBytes, clientTracking: false });

  const onRequest = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!hostAllowed(req.headers.host)) return sendError(res, 403, 'bad-host');
    if (!isSameOrigin(req.headers.origin, req.headers.host)) return sendError(res, 403, 'bad-origin');
    if (!req.url?.startsWith('/')) return sendError(res, 400, 'bad-request');
    const url = new URL(req.url, 'http://room.invalid');
    if (url.pathname.startsWith(PLANNING_PREFIX) && options.planning) {
      return handlePlanningApi(req, res, url, { planning: options.planning, tokens: () => tokens, log, buckets: planningBuckets });
    }
    if (options.records && isRecordsPath(url.pathname)) {
      return handleRecordsApi(req, res, url, { records: options.records, tokens: () => tokens, log, buckets: recordsBuckets });
    }
    if (url.pathname.startsWith('/api/')) {
      return handleApi(req, res, url, { service, limits, tokens: () => tokens, buckets, log });
    }
    if (url.pathname === WS_PATH) return sendError(res, 426, 'bad-request', { headers: { Upgrade: 'websocket' } });
    const pageAllowed = roleForToken(url.searchParams.get(TOKEN_PARAM), tokens) !== null;
    return serveStatic(req, res, { root: staticDir, pathname: url.pathname, pageAllowed });
  };

  const httpServer = createServer((req, res) => {
    onRequest(req, res).catch((error: unknown) => {
      log('error', 'request failed', { url: req.url?.split('?')[0], error: error instanceof Error ? error.message : String(error) });
      if (!res.headersSent) sendError(res, 500, 'internal');
      else res.destroy();
    });
  });

  httpServer.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    if (closing) return rejectUpgrade(socket, 503, 'too-many-clients');
    if (!hostAllowed(req.headers.host)) return rejectUpgrade(socket, 403, 'bad-host');
    if (!isSameOrigin(req.headers.origin, req.headers.host)) return rejectUpgrade(socket, 403, 'bad-origin');
    const url = new URL(req.url ?? '/', 'http://room.invalid');
    if (url.pathname !== WS_PATH) return rejectUpgrade(socket, 404, 'not-found');
    const role = roleForToken(presentedToken(req.headers.authorization, url.searchParams), tokens);
    if (!role) return rejectUpgrade(socket, 401, 'unauthorized');
    if (hub.size >= limits.maxClients) return rejectUpgrade(socket, 503, 'too-many-clients');
    wss.handleUpgrade(req, socket, head, (ws) => hub.accept(ws, role));
  });

  const unsubscribe = service.subscribe((snapshot) => hub.broadcast(snapshot));
  let address: AddressInfo;
  try {
    address = await listen(httpServer, host, options.port ?? 0);
  } catch (error) {
    unsubscribe();
    throw error;
  }
  hub.startHeartbeat();
  log('info', 'room server listening', { host, port: address.port });

  const port = address.port;
  const base = `http://${displayHostname(host)}:${port}`;
  const link = (path: string, token: string, extra = '') => `${base}${path}?${extra}${TOKEN_PARAM}=${token}`;

  return {
    url: base,
    port,
    host,
    get chairUrl() {
      return link('/', tokens.chair);
    },
    get projectorUrl() {
      return link('/projector.html', tokens.view);
    },
    get viewerUrl() {
      const hasViewerPage = staticDir !== undefined && existsSync(join(staticDir, 'viewer.html'));
      return hasViewerPage ? link('/viewer.html', tokens.view) : link('/projector.html', tokens.view, 'mode=viewer&');
    },
    wsUrl(token: string) {
      return `${base.replace(/^http/, 'ws')}${WS_PATH}?${TOKEN_PARAM}=${encodeURIComponent(token)}`;
    },
    get tokens() {
      return { ...tokens };
    },
    get clientCount() {
      return hub.size;
    },
    rotateTokens() {
      tokens = generateTokens();
      // Both tokens change at once, so every open connection holds an old one.
      hub.closeAll(CLOSE_CODES.tokenRevoked, 'token rotated');
      log('info', 'tokens rotated');
      return { ...tokens };
    },
    close() {
      closing ??= (async () => {
        unsubscribe();
        hub.stopHeartbeat();
        const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
        httpServer.closeAllConnections();
        await hub.shutdown(CLOSE_CODES.goingAway, 'server closing');
        await closed;
      })();
      return closing;
    },
  };
}
