import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const noElectron = {
  paths: [{ name: 'electron', message: 'Only electron/main and electron/preload may import electron.' }],
  patterns: [{ group: ['electron/*'], message: 'Only electron/main and electron/preload may import electron.' }],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'bench/results/**', 'screenshots/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The domain is pure: no Electron, no Node I/O, no React. Time comes in as an argument.
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          ...noElectron.paths,
          { name: 'react', message: 'electron/core is pure domain code.' },
          { name: 'node:fs', message: 'electron/core does no I/O; read files in electron/services.' },
          { name: 'node:sqlite', message: 'electron/core does no I/O.' },
          { name: 'fs', message: 'electron/core does no I/O.' },
        ],
        patterns: noElectron.patterns,
      }],
      // Time comes in as an argument: reading the machine clock here would make rules untestable.
      'no-restricted-properties': ['error',
        { object: 'Date', property: 'now', message: 'Use the injected now.' },
        { object: 'performance', property: 'now', message: 'Use the injected now.' }],
      'no-restricted-syntax': ['error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Use the injected now.' }],
    },
  },
  {
    files: [
      'electron/services/**/*.ts',
      'electron/server/**/*.ts',
      'electron/cli/**/*.ts',
      'electron/shared/**/*.ts',
      'renderer/**/*.{ts,tsx}',
    ],
    rules: { 'no-restricted-imports': ['error', noElectron] },
  },
);
