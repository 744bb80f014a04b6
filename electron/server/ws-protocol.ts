/**
 * The room server's wire protocol (docs/api.md), shared by the server and the browser client.
 *
 * This module is pure on purpose (no Node, no DOM): renderer/src/api/ws-client.ts imports it,
 * so both ends agree on message shapes and close codes without a second copy.
 */
import type { CommandResult, LiveSnapshot } from '../services/meeting-service/meeting-service-api';

export const PROTOCOL_VERSION = 1;

/** Chair links may send commands; view links (projector, viewer) only watch. */
export type Role = 'chair' | 'view';

export type MessageId = string | number;

export interface BilingualText {
  'zh-CN': string;
  en: string;
}

export const ERROR_CODES = [
  'bad-json',
  'bad-message',
  'binary-not-supported',
  'too-large',
  'rate-limited',
  'forbidden',
  'unauthorized',
  'bad-host',
  'bad-origin',
  'not-found',
  'method-not-allowed',
  'bad-request',
  'bad-schedule',
  'too-many-clients',
  'internal',
  // Produced by the client itself, never sent by the server:
  'disconnected',
  'timeout',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Sent on every connection, before the first snapshot. */
export interface HelloMessage {
  type: 'hello';
  protocol: typeof PROTOCOL_VERSION;
  role: Role;
  /** The service clock (epoch ms) when the connection was accepted. */
  serverTime: number;
  limits: { maxMessageBytes: number; burst: number; perSecond: number };
}

export interface SnapshotMessage {
  type: 'snapshot';
  snapshot: LiveSnapshot;
}

export interface ResultMessage {
  type: 'result';
  id: MessageId;
  result: CommandResult;
}

export interface PongMessage {
  type: 'pong';
  id: MessageId;
  /** Echo of the client's send time, in the client's clock. */
  t0: number;
  /** The service clock when the ping was answered. */
  serverTime: number;
}

export interface ErrorMessage {
  type: 'error';
  /** Present when the bad message carried a readable id. */
  id?: MessageId;
  code: ErrorCode;
  message: BilingualText;
  /** JSON path of the offending field, e.g. "t0" or "command.type". */
  path?: string;
}

export type ServerMessage = HelloMessage | SnapshotMessage | ResultMessage | PongMessage | ErrorMessage;

export interface CommandMessage {
  type: 'command';
  id: MessageId;
  command: { type: string; [key: string]: unknown };
}

export interface PingMessage {
  type: 'ping';
  id: MessageId;
  t0: number;
}

export type ClientMessage = CommandMessage | PingMessage;

/**
 * WebSocket close codes the server uses. 4401 tells the client its link is no longer valid,
 * so it must stop reconnecting (a browser cannot see the HTTP 401 of a refused upgrade).
 */
export const CLOSE_CODES = {
  /** Server shutting down. */
  goingAway: 1001,
  /** A frame above the hard frame limit (ws closes the connection itself). */
  frameTooLarge: 1009,
  /** The token was rotated: get a new link from the chair. */
  tokenRevoked: 4401,
  /** The client could not keep up with snapshots. */
  tooSlow: 4408,
} as const;

/** The WebSocket path on the server. */
export const WS_PATH = '/ws';
/** The query parameter that carries a token in page and WebSocket URLs. */
export const TOKEN_PARAM = 't';
