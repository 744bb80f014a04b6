import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './serve-process';

export interface RendererBuild {
  dir: string;
  /** Where it came from, for the results. */
  source: 'BENCH_STATIC' | 'fresh build' | 'out/renderer (fresh build failed)';
}

/**
 * The renderer the pages load: BENCH_STATIC when given, else a fresh `electron-vite build` into
 * a temporary folder, so a run never overwrites the shared out/ folder. When the tree does not
 * build (someone is mid-edit), the last build in out/renderer is used and the results say so.
 */
export function buildRenderer(tmp: string, log: (s: string) => void): RendererBuild {
  if (process.env.BENCH_STATIC) return { dir: process.env.BENCH_STATIC, source: 'BENCH_STATIC' };
  const out = join(tmp, 'build');
  log('building the renderer (electron-vite build into a temp folder; out/ is left alone)');
  try {
    execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', out, '--logLevel', 'error'], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    return { dir: join(out, 'renderer'), source: 'fresh build' };
  } catch (e) {
    const fallback = join(REPO_ROOT, 'out', 'renderer');
    const stderr = String((e as { stderr?: unknown }).stderr ?? '').split('\n').slice(0, 6).join('\n');
    if (!existsSync(join(fallback, 'projector.html'))) throw new Error(`the renderer does not build and out/renderer has no build:\n${stderr}`);
    log(`the renderer does not build right now; using the last build in out/renderer\n${stderr}`);
    return { dir: fallback, source: 'out/renderer (fresh build failed)' };
  }
}
