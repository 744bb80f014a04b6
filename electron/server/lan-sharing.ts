import type { LanSharingStatus } from '../shared/ipc-contract';
import { createRoomServer, type RoomServer, type RoomServerOptions } from './room-server';
import { generateTokens, type RoomTokens } from './tokens';

/**
 * The chair's "局域网共享" switch in the desktop app: the room server runs only while it is on,
 * bound to every interface. Tokens are kept across off/on, so links already handed out (or a
 * QR code on the wall) keep working until the chair rotates them.
 */
export interface LanSharing {
  status(): LanSharingStatus;
  setEnabled(enabled: boolean): Promise<LanSharingStatus>;
  close(): Promise<void>;
}

export interface LanSharingOptions extends Omit<RoomServerOptions, 'host' | 'tokens'> {
  /** Default 0.0.0.0: every network of this PC. Tests bind loopback. */
  host?: string;
  tokens?: RoomTokens;
  /** Injected for tests; the real server otherwise. */
  create?: (options: RoomServerOptions) => Promise<RoomServer>;
}

export function createLanSharing(options: LanSharingOptions): LanSharing {
  const { create = createRoomServer, host = '0.0.0.0', tokens = generateTokens(), ...serverOptions } = options;
  let server: RoomServer | null = null;
  let problem: LanSharingStatus['problem'];
  // Switch presses are applied one after another: a double click never starts two servers.
  let queue: Promise<unknown> = Promise.resolve();

  const status = (): LanSharingStatus => ({
    available: true,
    enabled: server !== null,
    // Viewer first: it is the link the console shows as a QR code for the room.
    urls: server ? [server.viewerUrl, server.projectorUrl] : [],
    ...(problem ? { problem } : {}),
  });

  const apply = async (enabled: boolean): Promise<LanSharingStatus> => {
    problem = undefined;
    if (enabled && !server) {
      try {
        server = await create({ ...serverOptions, host, tokens });
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        problem = { 'zh-CN': `无法开启局域网共享：${detail}`, en: `Could not start LAN sharing: ${detail}` };
      }
    } else if (!enabled && server) {
      const running = server;
      server = null;
      await running.close();
    }
    return status();
  };

  return {
    status,
    setEnabled(enabled) {
      const next = queue.then(() => apply(enabled));
      queue = next.catch(() => undefined);
      return next;
    },
    async close() {
      await this.setEnabled(false);
    },
  };
}
