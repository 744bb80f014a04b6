/**
 * Fuzzed schedule files through loadScheduleFile: whatever the bytes, the loader either returns
 * a schedule or throws InputError with a located, stack-free message — never anything else.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../electron/services/schedule/input-error';
import { loadScheduleFile } from '../../electron/services/schedule/schedule-file';
import { jsonMutation, icsText } from './schedule-arbitraries';

const dir = mkdtempSync(join(tmpdir(), 'duanhui-fuzz-schedule-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sample: unknown = JSON.parse(readFileSync(new URL('../../docs/examples/sample-schedule.json', import.meta.url), 'utf8'));

/** A stack frame ("    at fn (file:1:2)") must never reach the user. */
const STACK_FRAME = /\n\s+at\s.+[:(]/;

let counter = 0;
async function outcomeOf(content: string | Uint8Array, ext: string): Promise<'ok' | 'input-error'> {
  const file = join(dir, `case-${counter++}${ext}`);
  writeFileSync(file, content);
  try {
    await loadScheduleFile(file);
    return 'ok';
  } catch (error) {
    expect(error, `${file}: ${String(error)}`).toBeInstanceOf(InputError);
    const e = error as InputError;
    for (const lang of ['zh-CN', 'en'] as const) {
      const text = e.describe(lang);
      expect(text.length).toBeGreaterThan(0);
      expect(text).not.toMatch(STACK_FRAME);
      expect(text).toContain(file);
    }
    return 'input-error';
  } finally {
    rmSync(file, { force: true });
  }
}

const EXTENSIONS = ['.json', '.ics', '.txt', ''] as const;

describe('fuzzed schedule files', () => {
  it('random bytes are refused with InputError or read, never thrown otherwise', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), fc.constantFrom(...EXTENSIONS), async (bytes, ext) => {
        await outcomeOf(bytes, ext);
      }),
      { numRuns: 150 },
    );
  });

  it('random JSON values are refused with InputError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
        expect(await outcomeOf(JSON.stringify(value), '.json')).toBe('input-error');
      }),
      { numRuns: 150 },
    );
  });

  it('mutations of the sample schedule never escape as other errors', async () => {
    const outcomes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(jsonMutation(sample), fc.boolean(), async (text, pretty) => {
        const body = pretty ? JSON.stringify(JSON.parse(text), null, 2) : text;
        outcomes.add(await outcomeOf(body, '.json'));
      }),
      { numRuns: 200 },
    );
    // The generator must exercise both paths, or it proves nothing about refusals.
    expect(outcomes).toContain('input-error');
  });

  it('truncated and spliced JSON text is refused with a line and column', async () => {
    const text = JSON.stringify(sample, null, 2);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: text.length - 1 }), fc.string({ maxLength: 4 }), async (cut, junk) => {
        const broken = text.slice(0, cut) + junk;
        const file = join(dir, `cut-${counter++}.json`);
        writeFileSync(file, broken);
        try {
          await loadScheduleFile(file);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          expect((error as InputError).describe('en')).not.toMatch(STACK_FRAME);
        } finally {
          rmSync(file, { force: true });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('random iCalendar-shaped text never escapes as other errors', async () => {
    await fc.assert(
      fc.asyncProperty(icsText, async (text) => {
        await outcomeOf(text, '.ics');
      }),
      { numRuns: 150 },
    );
  });

  it('encodings: UTF-16 with BOM, GBK-like bytes and NUL bytes are handled', async () => {
    const text = JSON.stringify(sample);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(await outcomeOf(utf16, '.json')).toBe('ok');
    await outcomeOf(Buffer.from([0x7b, 0x00, 0x00, 0x7d]), '.json');
    await outcomeOf(Buffer.from([0xb6, 0xcc, 0xbb, 0xe1, 0x7b, 0x7d]), '.json');
    expect(await outcomeOf('', '.json')).toBe('input-error');
    expect(await outcomeOf('', '')).toBe('input-error');
  });
});
