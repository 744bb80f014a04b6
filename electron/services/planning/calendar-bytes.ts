import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { InputFileError } from '../../core/validation/zod-issues';
import { loadCalendarFile, type LoadedCalendarFile } from '../calendar/calendar-file';

/**
 * A calendar file whose bytes came from a screen (dropped, uploaded). It goes through the same
 * reader as a file on disk — one set of checks and messages — from a private temporary folder;
 * the messages name the file as the user called it, never the temporary path.
 */
export async function readCalendarBytes(fileName: string, bytes: Uint8Array): Promise<LoadedCalendarFile> {
  const base = path.basename(fileName).replace(/[^\p{L}\p{N}._-]/gu, '_') || 'calendar';
  const dir = await mkdtemp(path.join(tmpdir(), 'duanhui-calendar-'));
  const file = path.join(dir, base);
  try {
    await writeFile(file, bytes);
    return await loadCalendarFile(file);
  } catch (e) {
    if (e instanceof InputFileError) {
      const issues = e.issues.map((i) => ({
        ...i,
        file: fileName,
        message: i.message.split(file).join(fileName),
        messageZh: i.messageZh.split(file).join(fileName),
        messageEn: i.messageEn.split(file).join(fileName),
      }));
      throw new InputFileError(fileName, issues, '日历文件无法导入 / the calendar file cannot be imported:');
    }
    throw e;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
