import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './serve-process';

/**
 * The renderer the pages load: BENCH_STATIC when given, else a fresh `electron-vite build` into
 * a temporary folder, so a run never overwrites the shared out/ folder.
 */
export function buildRenderer(tmp: string, log: (s: string) => void): string {
  if (process.env.BENCH_STATIC) return process.env.BENCH_STATIC;
  const out = join(tmp, 'build');
  log('building the renderer (electron-vite build into a temp folder; out/ is left alone)');
  execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', out, '--logLevel', 'error'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return join(out, 'renderer');
}
