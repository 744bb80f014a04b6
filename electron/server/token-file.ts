import fs from 'node:fs';
import path from 'node:path';
import { checkTokens, generateTokens, type RoomTokens } from './tokens';

/** Kept beside the database, readable by this user only. */
export const TOKEN_FILE_NAME = 'room-tokens.json';

/**
 * The room links' tokens, kept across restarts: after a crash or a reboot the projector, the
 * podium monitor and the QR code on the wall keep working. A missing or damaged file gets new
 * tokens (links then need handing out again, which is safe); `rotate` forces new ones.
 */
export function loadOrCreateTokens(dataDir: string, opts: { rotate?: boolean } = {}): RoomTokens {
  const file = path.join(dataDir, TOKEN_FILE_NAME);
  if (!opts.rotate) {
    try {
      return checkTokens(JSON.parse(fs.readFileSync(file, 'utf8')) as RoomTokens);
    } catch {
      // Missing or unusable: fall through to new tokens.
    }
  }
  const tokens = generateTokens();
  fs.mkdirSync(dataDir, { recursive: true });
  const temp = `${file}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify(tokens)}\n`, { mode: 0o600 });
  fs.renameSync(temp, file);
  return tokens;
}
