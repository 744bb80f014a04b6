import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, parseServeArgs } from '../../electron/cli/serve';

const repo = fileURLToPath(new URL('../../', import.meta.url));

describe('serve arguments', () => {
  it('defaults to this PC only, port 8720, the projector QR code', () => {
    const args = parseServeArgs([]);
    expect(args).toMatchObject({ host: '127.0.0.1', port: 8720, qr: 'projector', help: false });
    expect(args.staticDir).toMatch(/out[\\/]renderer$/);
  });

  it('reads --port, --host, --data, --static, --qr and --new-tokens', () => {
    expect(parseServeArgs(['--port', '0', '--host', '0.0.0.0', '--data', '/d', '--static', '/s', '--qr', 'none'])).toEqual({
      port: 0,
      host: '0.0.0.0',
      dataDir: '/d',
      staticDir: '/s',
      qr: 'none',
      newTokens: false,
      help: false,
    });
    expect(parseServeArgs(['--new-tokens']).newTokens).toBe(true);
  });

  it('says what is wrong with bad arguments', () => {
    expect(() => parseServeArgs(['--port', '70000'])).toThrow(/--port/);
    expect(() => parseServeArgs(['--port', '-1'])).toThrow(/--port/);
    expect(() => parseServeArgs(['--qr', 'big'])).toThrow(/--qr/);
    expect(() => parseServeArgs(['--nope'])).toThrow(/nope/);
  });

  it('keeps data where the desktop app keeps it', () => {
    expect(defaultDataDir('linux', {}, '/home/u')).toBe('/home/u/.config/Duanhui');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/x' }, '/home/u')).toBe('/x/Duanhui');
    expect(defaultDataDir('darwin', {}, '/Users/u')).toBe('/Users/u/Library/Application Support/Duanhui');
  });
});

describe('npm run serve', () => {
  it('prints the links with tokens and a QR code, serves them, and stops cleanly on SIGTERM', async () => {
    // A throwaway data folder: once the real service lands it must not touch the user's own.
    const data = mkdtempSync(join(tmpdir(), 'duanhui-serve-'));
    // tsx as a loader in this very process, not the tsx CLI: the CLI relays signals to a child
    // and SIGKILLs it when the child acknowledges later than 30 ms, which happens on a busy machine.
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/serve.ts', '--port', '0', '--data', data], {
      cwd: repo,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const ready = new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString('utf8');
        if (stdout.includes('Ctrl+C')) resolve();
      });
      void exited.then((code) => reject(new Error(`serve exited early with ${code}`)));
    });
    try {
      await ready;
      const chair = /Chair console \(control\): (\S+)/.exec(stdout)?.[1] ?? '';
      const projector = /Projector \(view only\): +(\S+)/.exec(stdout)?.[1] ?? '';
      expect(chair).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?t=[\w-]{22}$/);
      expect(projector).toMatch(/\/projector\.html\?t=[\w-]{22}$/);
      expect(stdout).toMatch(/[▀▄█]{20}/);

      const base = new URL(chair);
      const token = base.searchParams.get('t') ?? '';
      const snapshot = await fetch(`${base.origin}/api/snapshot`, { headers: { Authorization: `Bearer ${token}` } });
      expect(snapshot.status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });
});
