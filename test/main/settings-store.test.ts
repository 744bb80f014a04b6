import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSettingsStore, DEFAULT_SHELL_SETTINGS } from '../../electron/main/settings-store';

const tmp = () => mkdtempSync(join(tmpdir(), 'duanhui-settings-'));

describe('settings store', () => {
  it('a missing file means the defaults, silently', () => {
    const store = createSettingsStore(join(tmp(), 'shell-settings.json'));
    expect(store.load()).toEqual({ settings: DEFAULT_SHELL_SETTINGS, problem: null });
  });

  it('remembers the projector display (id and label) across runs', () => {
    const file = join(tmp(), 'nested', 'shell-settings.json');
    createSettingsStore(file).save({ projectorDisplay: { id: 2, label: 'EPSON PJ' } });
    expect(createSettingsStore(file).load().settings.projectorDisplay).toEqual({ id: 2, label: 'EPSON PJ' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ projectorDisplay: { id: 2, label: 'EPSON PJ' }, lang: null });
  });

  it('a broken file is reported with its path and replaced on the next save, never a crash', () => {
    const file = join(tmp(), 'shell-settings.json');
    writeFileSync(file, '{"projectorDisplay": ');
    const store = createSettingsStore(file);
    const result = store.load();
    expect(result.settings).toEqual(DEFAULT_SHELL_SETTINGS);
    expect(result.problem).toContain(file);
    expect(result.problem).toContain('not valid JSON');
    store.save({ lang: 'en' });
    expect(createSettingsStore(file).load()).toEqual({ settings: { projectorDisplay: null, lang: 'en' }, problem: null });
  });

  it('a bad field falls back alone and the message names it', () => {
    const file = join(tmp(), 'shell-settings.json');
    writeFileSync(file, JSON.stringify({ projectorDisplay: { id: 'two' }, lang: 'en' }));
    const result = createSettingsStore(file).load();
    expect(result.settings).toEqual({ projectorDisplay: null, lang: 'en' });
    expect(result.problem).toContain('"projectorDisplay"');
    expect(result.problem).toContain('字段“projectorDisplay”');
  });

  it('refuses a top level that is not an object', () => {
    const file = join(tmp(), 'shell-settings.json');
    writeFileSync(file, '[1,2]');
    expect(createSettingsStore(file).load().problem).toContain('top level must be a JSON object');
  });
});
