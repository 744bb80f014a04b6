import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../electron/core/policy/policy';
import { InputFileError } from '../../../electron/core/validation/zod-issues';
import { loadPolicyFile, parsePolicyText } from '../../../electron/services/policy/policy-file';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'duanhui-policy-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const write = async (name: string, text: string) => {
  const file = join(dir, name);
  await writeFile(file, text, 'utf8');
  return file;
};

const failure = async (p: Promise<unknown>): Promise<InputFileError> => {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(InputFileError);
    return e as InputFileError;
  }
  throw new Error('expected the load to fail');
};

describe('loadPolicyFile', () => {
  it('an empty object is policy.md’s default rule set', async () => {
    expect(await loadPolicyFile(await write('empty.json', '{}'))).toEqual(DEFAULT_POLICY);
  });

  it('fills what is absent with the defaults', async () => {
    const p = await loadPolicyFile(await write('some.json', '{ "noMeetingMonths": [3, 7], "halfMonthStartDay": null, "eveningStart": "17:30" }'));
    expect(p).toEqual({ ...DEFAULT_POLICY, noMeetingMonths: [3, 7], halfMonthStartDay: null, eveningStart: '17:30' });
  });

  it('accepts a BOM and canonicalises the zone', async () => {
    const p = await loadPolicyFile(await write('bom.json', '\uFEFF{"timeZone": "asia/urumqi"}'));
    expect(p.timeZone).toBe('Asia/Urumqi');
  });

  it('reports every bad field with file, path, line and what was expected', async () => {
    const file = await write(
      'bad.json',
      [
        '{',
        '  "meetingCapMinutes": "120",',
        '  "exemptKinds": ["plenary", "party-congress"],',
        '  "eveningStart": "6pm",',
        '  "timeZone": "Beijing",',
        '  "approvalRoles": [],',
        '  "maxSpeech": 8',
        '}',
      ].join('\n'),
    );
    const e = await failure(loadPolicyFile(file));
    expect(e.issues.map((i) => [i.line, i.path])).toEqual([
      [2, 'meetingCapMinutes'],
      [3, 'exemptKinds[1]'],
      [4, 'eveningStart'],
      [5, 'timeZone'],
      [6, 'approvalRoles'],
      [7, 'maxSpeech'],
    ]);
    expect(e.issues.find((i) => i.path === 'exemptKinds[1]')?.messageEn).toBe(
      'expected one of: "working", "standing-committee", "plenary", "work-conference", "statutory"',
    );
    expect(e.issues.find((i) => i.path === 'meetingCapMinutes')?.messageEn).toBe('expected number, got string');
    expect(e.issues.find((i) => i.path === 'timeZone')?.messageZh).toContain('未知的时区 "Beijing"');
    expect(e.message).toContain(`${file}:3: exemptKinds[1]: 应为以下之一`);
    expect(e.message.split('\n')[0]).toBe('规则文件无效 / invalid policy file');
    expect(e.message).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });

  it('refuses an unknown time zone even when everything else is fine', async () => {
    const e = await failure(loadPolicyFile(await write('tz.json', '{\n  "timeZone": "+08:00"\n}')));
    expect(e.issues).toMatchObject([{ path: 'timeZone', line: 2 }]);
  });

  it('reports malformed JSON with line and column', async () => {
    const e = await failure(loadPolicyFile(await write('broken.json', '{\n  "noMeetingMonths": [3, 8],\n  "eveningStart": “18:00”\n}')));
    expect(e.issues).toMatchObject([{ line: 3, column: 19 }]);
    expect(e.message).toMatch(/broken\.json:3: \(根 \/ root\): JSON 格式错误/);
  });

  it('reports a file that is not there or not JSON', async () => {
    const missing = await failure(loadPolicyFile(join(dir, 'nope.json')));
    expect(missing.message).toContain('找不到文件 / file not found');
    const folder = await failure(loadPolicyFile(dir));
    expect(folder.message).toContain('folder');
    const arr = await failure(loadPolicyFile(await write('array.json', '[]')));
    expect(arr.issues[0]?.messageEn).toBe('expected object, got array');
  });

  it('parsePolicyText is the same check without the disk', () => {
    expect(parsePolicyText('{"reportMaxPages": 5}').reportMaxPages).toBe(5);
    expect(() => parsePolicyText('{"reportMaxPages": 0}', 'p.json')).toThrow(/p\.json:1: reportMaxPages: 应不少于 1/);
  });
});
