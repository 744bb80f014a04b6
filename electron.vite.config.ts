import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY, devContentSecurityPolicy } from './electron/shared/csp';

const root = import.meta.dirname;

/**
 * Under `electron-vite dev` only: Vite injects an inline React Refresh preamble and <style> tags,
 * which the strict policy in the HTML files would block. Builds keep the strict policy untouched.
 */
function devCspPlugin(): Plugin {
  return {
    name: 'duanhui:dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace(CONTENT_SECURITY_POLICY, devContentSecurityPolicy());
    },
  };
}

export default defineConfig({
  main: {
    build: {
      // Bundle every dependency into out/main so the package ships out/** and package.json only:
      // no node_modules (with their sources, docs and tests) inside app.asar.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/main/index.ts') },
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      // A sandboxed preload cannot be an ES module and may require only `electron`: one CommonJS
      // file. package.json says "type": "module", so the .cjs extension is what makes Electron
      // load it as CommonJS.
      isolatedEntries: true,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), devCspPlugin()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rolldownOptions: {
        input: {
          index: resolve(root, 'renderer/index.html'),
          projector: resolve(root, 'renderer/projector.html'),
          planning: resolve(root, 'renderer/planning.html'),
          records: resolve(root, 'renderer/records.html'),
        },
      },
    },
  },
});
