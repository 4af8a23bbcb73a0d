// Reading article and reference files, with a clear one-line reason for anything that is not text.
import { readFileSync, statSync } from 'node:fs';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export class InputError extends Error {
  constructor(readonly file: string, reason: string) {
    super(`${file}: ${reason}`);
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Checks bytes are UTF-8 text; returns the text (a BOM is kept, so offsets match the file as a string). */
export function decodeText(file: string, bytes: Uint8Array): string {
  if (bytes.indexOf(0) !== -1) throw new InputError(file, 'binary file (contains NUL bytes), skipped');
  try {
    return decoder.decode(bytes);
  } catch {
    throw new InputError(file, 'not valid UTF-8 text, skipped (save it as UTF-8)');
  }
}

export function readTextFile(file: string, maxBytes = MAX_FILE_BYTES): string {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new InputError(file, 'is a directory, expected a file');
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(file, describeFsError(e));
  }
  if (size > maxBytes) throw new InputError(file, `too large (${(size / 1048576).toFixed(1)} MB; limit ${(maxBytes / 1048576).toFixed(0)} MB), skipped`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new InputError(file, describeFsError(e));
  }
  return decodeText(file, bytes);
}

export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory, expected a file';
    case 'ELOOP': return 'symbolic link loop';
    default: return (e as Error)?.message ?? String(e);
  }
}
