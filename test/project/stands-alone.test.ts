import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// A clone of the project is all a reader, a CI run or a packager has: nothing in it may point at
// files beside the repository (the steering folder the project started from, say).
const root = resolve(import.meta.dirname, '../..');
const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((f) => f && existsSync(join(root, f)) && /\.(ts|tsx|js|cjs|mjs|json|md|yml|yaml|css|html|sh)$|(^|\/)run$/.test(f));

/** Where a path written in `file` lands, relative to the repository root ('../x' = outside). */
const landsAt = (file: string, target: string): string => relative(root, resolve(root, dirname(file), target));

// Built by parts so that this file does not name the folder it forbids.
const SIBLING = ['..', 'shared', ''].join('/');
const outsideMention = new RegExp(`(?:\\.\\./)+shared/(?:docs|design|hooks)/|/work/${'shared'}/`);

describe('the project stands alone', () => {
  it('lists the files it checks', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it(`no file refers to the steering folder (${SIBLING}docs, …/design, …/hooks)`, () => {
    const offenders = files.filter((f) => outsideMention.test(readFileSync(join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('every relative Markdown link resolves to a file inside the repository', () => {
    const broken: string[] = [];
    for (const f of files.filter((name) => name.endsWith('.md'))) {
      const text = readFileSync(join(root, f), 'utf8');
      for (const m of text.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)) {
        const target = m[1]!;
        if (/^[a-z]+:/i.test(target)) continue; // http:, mailto:, app: …
        const at = landsAt(f, target);
        if (at.startsWith('..') || !existsSync(join(root, at))) broken.push(`${f} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('the rule set and the architecture note are part of the project', () => {
    const policy = readFileSync(join(root, 'docs/policy.md'), 'utf8');
    for (const id of [
      'no-meeting-period',
      'duration-cap',
      'agenda-overrun',
      'speech-limit',
      'extension-limit',
      'keynote-length',
      'report-pages',
      'approval-required',
      'calendar-coverage',
    ]) {
      expect(policy).toContain(`\`${id}\``);
    }
    expect(existsSync(join(root, 'docs/architecture.md'))).toBe(true);
  });
});
