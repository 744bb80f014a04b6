/**
 * `npm run serve` as a child process, the way a projector PC runs it: the bench reads the
 * server's CPU from /proc and the soak kills it with SIGKILL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ServeProcess {
  child: ChildProcess;
  pid: number;
  /** performance.timeOrigin + performance.now() of this process when spawn was called. */
  spawnedAt: number;
  /** Same clock, when the links were printed (the server listens). */
  readyAt: number;
  baseUrl: string;
  chairUrl: string;
  projectorUrl: string;
  viewerUrl: string;
  chairToken: string;
  viewToken: string;
  /** Everything the process wrote to stderr so far. */
  stderr(): string;
  /** SIGTERM and wait for the exit; SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<number | null>;
  /** SIGKILL and wait for the exit. */
  kill(): Promise<void>;
  exited: Promise<number | null>;
}

export interface ServeOptions {
  dataDir: string;
  port?: number;
  staticDir?: string;
  /** How long to wait for the links, ms. */
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
}

export const wallNow = (): number => performance.timeOrigin + performance.now();

const tokenOf = (url: string): string => new URL(url).searchParams.get('t') ?? '';

export function startServe(options: ServeOptions): Promise<ServeProcess> {
  const args = ['--import', 'tsx', 'electron/cli/serve.ts', '--port', String(options.port ?? 0), '--host', '127.0.0.1', '--data', options.dataDir, '--qr', 'none'];
  if (options.staticDir) args.push('--static', options.staticDir);
  const spawnedAt = wallNow();
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  let out = '';
  let err = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.stderr!.setEncoding('utf8').on('data', (s: string) => {
    err += s;
  });

  return new Promise<ServeProcess>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`serve did not print its links within ${options.timeoutMs ?? 30_000} ms\nstdout:\n${out}\nstderr:\n${err}`));
    }, options.timeoutMs ?? 30_000);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code} before it was ready\nstdout:\n${out}\nstderr:\n${err}`));
    });
    child.stdout!.setEncoding('utf8').on('data', (s: string) => {
      const wasReady = /Viewer \(view only\):/.test(out);
      out += s;
      if (wasReady || !/Viewer \(view only\):\s+\S+/.test(out)) return;
      const readyAt = wallNow();
      clearTimeout(timer);
      const grab = (label: RegExp): string => {
        const m = label.exec(out);
        if (!m) throw new Error(`serve output lacks ${String(label)}:\n${out}`);
        return m[1]!;
      };
      const chairUrl = grab(/Chair console \(control\):\s+(\S+)/);
      const projectorUrl = grab(/Projector \(view only\):\s+(\S+)/);
      const viewerUrl = grab(/Viewer \(view only\):\s+(\S+)/);
      const stop = async (graceMs = 5_000): Promise<number | null> => {
        if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        const code = await exited;
        clearTimeout(killer);
        return code;
      };
      resolve({
        child,
        pid: child.pid!,
        spawnedAt,
        readyAt,
        baseUrl: new URL(chairUrl).origin,
        chairUrl,
        projectorUrl,
        viewerUrl,
        chairToken: tokenOf(chairUrl),
        viewToken: tokenOf(projectorUrl),
        stderr: () => err,
        stop,
        kill: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
          await exited;
        },
        exited,
      });
    });
  });
}
