import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';

/**
 * Reading and writing the files the user picks: the file-system half of
 * ./files.ts, kept apart from the dialogs so tests run it on real temp files.
 */

/** Thrown when a file is over the size cap; the handler turns it into a message in the user's language. */
export class FileTooLargeError extends Error {
  constructor(
    readonly fileName: string,
    readonly limitBytes: number,
  ) {
    super(`${fileName} is larger than ${limitBytes} bytes`);
    this.name = 'FileTooLargeError';
  }
}

/**
 * Reads the file at `filePath` if it is at most `maxBytes`, checking the size
 * before reading so a 4 GB file is refused without filling memory.
 */
export async function readFileCapped(filePath: string, maxBytes: number): Promise<{ name: string; bytes: Uint8Array }> {
  const name = path.basename(filePath);
  const handle = await open(filePath, 'r');
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) throw new FileTooLargeError(name, maxBytes);
    const bytes = await handle.readFile();
    // The file may have grown between stat and read.
    if (bytes.byteLength > maxBytes) throw new FileTooLargeError(name, maxBytes);
    return { name, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  } finally {
    await handle.close();
  }
}

/**
 * Writes `bytes` to `filePath` so that it is either the old file or the whole
 * new one, never half of each: write a temp file beside it, flush it to disk,
 * then rename over. A backup cut short by a full disk or a power cut must not
 * replace a good one.
 */
export async function writeFileAtomic(filePath: string, bytes: Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, filePath);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
