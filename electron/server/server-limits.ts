/** Size and rate limits of the room server (docs/api.md, "限制 Limits"). */
export interface RoomServerLimits {
  /** Largest WebSocket message answered normally; bigger ones get a `too-large` error reply. */
  maxMessageBytes: number;
  /**
   * Hard frame limit (ws `maxPayload`). A message above it is not even buffered: ws closes the
   * connection with code 1009. Kept well above maxMessageBytes so ordinary mistakes get a reply.
   */
  maxFrameBytes: number;
  /** Largest HTTP body for commands. */
  maxBodyBytes: number;
  /** Largest HTTP body for POST /api/schedule. */
  maxScheduleBytes: number;
  /** Token bucket per WebSocket connection and per HTTP client address. */
  burst: number;
  perSecond: number;
  /** Concurrent WebSocket connections. */
  maxClients: number;
  /** A client whose unsent data grows past this is dropped (it cannot keep up). */
  maxBufferedBytes: number;
  /** Interval of WebSocket protocol pings that find dead connections. */
  heartbeatMs: number;
}

export const DEFAULT_LIMITS: RoomServerLimits = {
  maxMessageBytes: 64 * 1024,
  maxFrameBytes: 1024 * 1024,
  maxBodyBytes: 64 * 1024,
  maxScheduleBytes: 4 * 1024 * 1024,
  burst: 20,
  perSecond: 10,
  maxClients: 64,
  maxBufferedBytes: 4 * 1024 * 1024,
  heartbeatMs: 30_000,
};

export type RoomServerLog = (level: 'info' | 'warn' | 'error', message: string, details?: Record<string, unknown>) => void;
