/**
 * Headless room server: the meeting service + HTTP/WebSocket server without Electron, for a
 * small PC wired to the projector.  npm run serve -- [--port N] [--host ADDR] [--data DIR]
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { renderUnicodeCompact } from 'uqr';
import { isLoopbackHostname, addressAsHostname } from '../server/request-guard';
import { createRoomServer, type RoomServer } from '../server/room-server';
import type { RoomServerLog } from '../server/server-limits';
import { loadOrCreateTokens } from '../server/token-file';
import { openAppServices, type AppServices } from '../services/app-services';
import { readSampleSchedule } from '../services/meeting-service';

export const DEFAULT_PORT = 8720;

const USAGE = `用法 Usage: npm run serve -- [options]
  --port N        端口 port (default ${DEFAULT_PORT}; 0 = any free port)
  --host ADDR     监听地址 address to bind (default 127.0.0.1 = this PC only;
                  0.0.0.0 = every network, or one interface's address for the meeting-room LAN)
  --data DIR      数据目录 data folder (default: the desktop app's user data folder)
  --static DIR    前端目录 built renderer (default: out/renderer)
  --qr WHICH      终端二维码 QR code to print: projector | viewer | chair | none (default projector)
  --new-tokens    换新链接令牌（旧链接失效）/ issue new link tokens (old links stop working)
  --help          显示帮助 show this help`;

export interface ServeArgs {
  port: number;
  host: string;
  dataDir: string;
  staticDir: string;
  qr: 'projector' | 'viewer' | 'chair' | 'none';
  newTokens: boolean;
  help: boolean;
}

export class ServeArgsError extends Error {}

/** Where Electron keeps userData for productName "Duanhui", so both modes share one database. */
export function defaultDataDir(platform = process.platform, env = process.env, home = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Duanhui');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Duanhui');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Duanhui');
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export function parseServeArgs(argv: readonly string[]): ServeArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        static: { type: 'string' },
        qr: { type: 'string' },
        'new-tokens': { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new ServeArgsError(error instanceof Error ? error.message : String(error));
  }
  const portText = (values.port as string | undefined) ?? String(DEFAULT_PORT);
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    throw new ServeArgsError(`--port: expected a whole number 0–65535, got "${portText}" / 端口应为 0–65535 的整数`);
  }
  const qr = (values.qr as string | undefined) ?? 'projector';
  if (!['projector', 'viewer', 'chair', 'none'].includes(qr)) {
    throw new ServeArgsError(`--qr: expected projector, viewer, chair or none, got "${qr}"`);
  }
  const host = (values.host as string | undefined) ?? '127.0.0.1';
  if (host.trim() === '') throw new ServeArgsError('--host: empty address / 地址为空');
  return {
    port,
    host,
    dataDir: (values.data as string | undefined) ?? defaultDataDir(),
    staticDir: (values.static as string | undefined) ?? join(repoRoot, 'out', 'renderer'),
    qr: qr as ServeArgs['qr'],
    newTokens: values['new-tokens'] === true,
    help: values.help === true,
  };
}

/** The services on `<dataDir>/duanhui.sqlite`; the console's "load the sample" uses docs/examples. */
function openServices(dataDir: string): AppServices {
  return openAppServices({
    dataDir,
    sample: readSampleSchedule(join(repoRoot, 'docs', 'examples', 'sample-schedule.json')),
  });
}

function printLinks(server: RoomServer, args: ServeArgs, out: (s: string) => void): void {
  out('短会 Duanhui — 会场服务已启动 / room server running');
  out(`  主持人（可操作）Chair console (control): ${server.chairUrl}`);
  out(`  投影（只读）    Projector (view only):   ${server.projectorUrl}`);
  out(`  观看（只读）    Viewer (view only):      ${server.viewerUrl}`);
  out(`  控制接口 HTTP API: ${server.url}/api/  (docs/api.md)`);
  if (isLoopbackHostname(addressAsHostname(args.host)) || args.host === 'localhost') {
    out('  仅本机可访问；要让会场其他设备访问，请加 --host 0.0.0.0');
    out('  Only this computer can open these links; add --host 0.0.0.0 to share them on the LAN.');
  }
  if (args.qr !== 'none') {
    const target = args.qr === 'chair' ? server.chairUrl : args.qr === 'viewer' ? server.viewerUrl : server.projectorUrl;
    out('');
    out(renderUnicodeCompact(target, { border: 2 }));
    const label = { projector: '投影页 projector page', viewer: '观看页 viewer page', chair: '主持人页 chair console' }[args.qr];
    out(`  扫码打开${label.split(' ')[0]} / Scan to open the ${label.split(' ').slice(1).join(' ')}`);
  }
  out('  主持人链接可以操作计时器，请勿外传 / The chair link controls the timer: do not share it.');
  out('  按 Ctrl+C 停止 / Press Ctrl+C to stop');
}

export async function main(argv: readonly string[]): Promise<number> {
  const out = (s: string) => void process.stdout.write(`${s}\n`);
  const err = (s: string) => void process.stderr.write(`${s}\n`);
  let args: ServeArgs;
  try {
    args = parseServeArgs(argv);
  } catch (error) {
    if (!(error instanceof ServeArgsError)) throw error;
    err(`serve: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    out(USAGE);
    return 0;
  }

  // Listen for signals from the start: a stop requested while starting up is honoured once
  // the server is up, instead of killing the process halfway.
  let requested: NodeJS.Signals | null = null;
  let onSignal = (signal: NodeJS.Signals) => {
    requested = signal;
  };
  process.on('SIGINT', (signal) => onSignal(signal));
  process.on('SIGTERM', (signal) => onSignal(signal));

  let services: AppServices;
  try {
    services = openServices(args.dataDir);
  } catch (error) {
    // A corrupt or newer database: the storage message says what happened and where the file went.
    err(`serve: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  if (!existsSync(join(args.staticDir, 'index.html'))) {
    err(`注意：未找到前端页面 ${args.staticDir}；请先运行 npm run build。`);
    err(`Note: no built renderer in ${args.staticDir}; run npm run build first (the API and /ws still work).`);
  }
  const log: RoomServerLog = (level, message, details) => {
    if (level === 'info') return;
    err(`[${level}] ${message}${details ? ` ${JSON.stringify(details)}` : ''}`);
  };

  let server: RoomServer;
  try {
    server = await createRoomServer({
      service: services.meeting,
      planning: services.planning,
      records: services.records,
      // Kept in the data folder: after a restart the projector and the QR code still work.
      tokens: loadOrCreateTokens(args.dataDir, { rotate: args.newTokens }),
      host: args.host,
      port: args.port,
      staticDir: args.staticDir,
      log,
    });
  } catch (error) {
    err(`serve: ${error instanceof Error ? error.message : String(error)}`);
    services.close();
    return 1;
  }
  printLinks(server, args, out);

  return new Promise<number>((resolve) => {
    let stopping = false;
    onSignal = (signal: NodeJS.Signals) => {
      // Ctrl+C reaches both tsx and this process, and tsx relays it again: repeats are ignored.
      if (stopping) return;
      stopping = true;
      err(`\n${signal}: 正在停止… / stopping…`);
      // Closing is bounded (WebSockets get one second), so this only fires if something hangs.
      setTimeout(() => resolve(1), 5_000).unref();
      void (async () => {
        await server.close();
        services.close();
        resolve(0);
      })();
    };
    if (requested) onSignal(requested);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`serve: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
