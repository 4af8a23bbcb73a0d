// Reading article and reference files, with a clear one-line reason for anything that is not text.
import { readFileSync, statSync } from 'node:fs';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export class InputError extends Error {
  constructor(readonly file: string, reason: string) {
    super(`${file}: ${reason}`);
  }
}

// ignoreBOM keeps a leading U+FEFF in the string: offsets then match the file read as a JavaScript string, which is
// what the JSON contract promises (TextDecoder would otherwise drop it and shift every offset by one).
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Checks bytes are UTF-8 text; returns the text (a BOM is kept, so offsets match the file as a string). */
export function decodeText(file: string, bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError(file, 'UTF-16 text, skipped (save it as UTF-8)');
  }
  if (bytes.indexOf(0) !== -1) throw new InputError(file, 'binary file (contains NUL bytes), skipped');
  try {
    return decoder.decode(bytes);
  } catch {
    throw new InputError(file, `not valid UTF-8 text (first bad byte at offset ${firstInvalidUtf8(bytes)}), skipped (save it as UTF-8)`);
  }
}

/** Byte offset of the first malformed sequence, so the one-line error says where to look. */
export function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return b.length;
}

export function readTextFile(file: string, maxBytes = MAX_FILE_BYTES): string {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new InputError(file, 'is a directory, expected a file');
    // A FIFO or a device (/dev/zero) would block or never end: only regular files are read.
    if (!st.isFile()) throw new InputError(file, 'not a regular file, skipped');
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
    case 'ENAMETOOLONG': return 'path too long';
    default: return (e as Error)?.message ?? String(e);
  }
}
