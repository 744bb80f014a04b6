import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadOrCreateTokens, TOKEN_FILE_NAME } from '../../electron/server/token-file';

describe('room tokens kept in the data folder', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the same tokens after a restart, readable by this user only', () => {
    dir = mkdtempSync(join(tmpdir(), 'duanhui-tokens-'));
    const first = loadOrCreateTokens(dir);
    expect(loadOrCreateTokens(dir)).toEqual(first);
    expect(first.chair).not.toBe(first.view);
    expect(statSync(join(dir, TOKEN_FILE_NAME)).mode & 0o777).toBe(0o600);
  });

  it('rotates on request, and replaces a damaged file instead of failing', () => {
    dir = mkdtempSync(join(tmpdir(), 'duanhui-tokens-'));
    const first = loadOrCreateTokens(dir);
    const rotated = loadOrCreateTokens(dir, { rotate: true });
    expect(rotated.chair).not.toBe(first.chair);
    expect(loadOrCreateTokens(dir)).toEqual(rotated);
    writeFileSync(join(dir, TOKEN_FILE_NAME), '{"chair":"short","view":"x"}');
    const fresh = loadOrCreateTokens(dir);
    expect(fresh.chair).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(JSON.parse(readFileSync(join(dir, TOKEN_FILE_NAME), 'utf8'))).toEqual(fresh);
  });
});
