import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const repo = path.resolve(import.meta.dirname, '../..');
export const RENDERER_DIR = path.join(repo, 'out', 'renderer');

const newest = (dir: string): number =>
  fs.readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
    const p = path.join(dir, e.name);
    return Math.max(m, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }, 0);

/**
 * Builds the app unless out/renderer is newer than every renderer and domain source. `npm test`
 * builds once before vitest starts, so during a full run this never rebuilds under a test that
 * is serving the pages; a lone test file run after an edit still gets fresh pages.
 */
export function ensureRendererBuilt(): void {
  const built = path.join(RENDERER_DIR, 'index.html');
  const sources = Math.max(newest(path.join(repo, 'renderer')), newest(path.join(repo, 'electron', 'core')));
  if (!process.env.DUANHUI_REBUILD && fs.existsSync(built) && fs.statSync(built).mtimeMs >= sources) return;
  execFileSync(path.join(repo, 'node_modules', '.bin', 'electron-vite'), ['build'], { cwd: repo, stdio: 'pipe', timeout: 180_000 });
}
