export { createRoomServer, type RoomServer, type RoomServerOptions } from './room-server';
export { DEFAULT_LIMITS, type RoomServerLimits, type RoomServerLog } from './server-limits';
export { generateTokens, type RoomTokens } from './tokens';
export * from './ws-protocol';
