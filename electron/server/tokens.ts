import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Role } from './ws-protocol';

export interface RoomTokens {
  /** Allows commands. */
  chair: string;
  /** Watch only (projector, viewer). */
  view: string;
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{22,128}$/;

/** 128 random bits, base64url (22 characters): short enough for a QR code, too long to guess. */
export function generateToken(): string {
  return randomBytes(16).toString('base64url');
}

export function generateTokens(): RoomTokens {
  return { chair: generateToken(), view: generateToken() };
}

/** Tokens handed in by the caller (e.g. kept by the desktop app across restarts). */
export function checkTokens(tokens: RoomTokens): RoomTokens {
  for (const role of ['chair', 'view'] as const) {
    if (!TOKEN_SHAPE.test(tokens[role])) {
      throw new Error(
        `tokens.${role}: expected 22–128 base64url characters (A–Z a–z 0–9 - _) / ` +
          `tokens.${role}：应为 22–128 个 base64url 字符`,
      );
    }
  }
  if (tokens.chair === tokens.view) {
    throw new Error('tokens: chair and view tokens must differ / 主持人令牌与查看令牌不能相同');
  }
  return { ...tokens };
}

/**
 * Compares in constant time. Hashing first gives both sides the same length, so neither the
 * content nor the length of the secret leaks through timing.
 */
export function tokenEquals(candidate: string, secret: string): boolean {
  const a = createHash('sha256').update(candidate).digest();
  const b = createHash('sha256').update(secret).digest();
  return timingSafeEqual(a, b);
}

/** Which role a presented token grants, or null. Both comparisons always run. */
export function roleForToken(candidate: string | null | undefined, tokens: RoomTokens): Role | null {
  if (!candidate) return null;
  const isChair = tokenEquals(candidate, tokens.chair);
  const isView = tokenEquals(candidate, tokens.view);
  if (isChair) return 'chair';
  if (isView) return 'view';
  return null;
}

/** The token from `Authorization: Bearer …`, else from the `?t=` query parameter. */
export function presentedToken(authorization: string | undefined, query: URLSearchParams): string | null {
  if (authorization) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (match?.[1]) return match[1];
  }
  return query.get('t');
}
