// The 50 MB limit must be enforced from the file's size before any byte is read: this file
// spies on readFile, so it lives apart from the other document tests.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTempDir, type TempDir } from './fixtures';

const readFile = vi.hoisted(() => vi.fn());
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  readFile.mockImplementation(actual.readFile);
  return { ...actual, readFile };
});

const { MAX_DOCUMENT_BYTES, readDocument } = await import('../../../electron/services/documents/read-document');

let dir: TempDir;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => {
  await dir.remove();
});

async function sparse(name: string, size: number): Promise<string> {
  const file = join(dir.path, name);
  const handle = await open(file, 'w');
  await handle.truncate(size);
  await handle.close();
  return file;
}

describe('readDocument: size limit', () => {
  it.each(['txt', 'docx', 'pdf'])('refuses a .%s over 50 MB without reading it', async (ext) => {
    readFile.mockClear();
    const file = await sparse(`huge.${ext}`, MAX_DOCUMENT_BYTES + 1);
    await expect(readDocument(file)).rejects.toMatchObject({ code: 'too-large', file });
    expect(readFile).not.toHaveBeenCalled();
  });

  it('honours a smaller limit given by the caller', async () => {
    readFile.mockClear();
    const file = await dir.write('small.txt', '县委常委会');
    await expect(readDocument(file, { maxBytes: 10 })).rejects.toMatchObject({ code: 'too-large' });
    expect(readFile).not.toHaveBeenCalled();
    await expect(readDocument(file, { maxBytes: 15 })).resolves.toMatchObject({ zi: 5 });
    expect(readFile).toHaveBeenCalledTimes(1);
  });
});
