// Reading article, reference, config and ignore files, with a clear one-line reason for anything that is not text.
// Every read is bounded before and while it happens: a file is opened only when it is a regular file, and at most
// limit + 1 bytes are ever read from it, whatever size it reports (files under /proc report 0 and never end).
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync, statfsSync } from 'node:fs';
import { sep } from 'node:path';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** .copydesk.json and .copydeskignore: a few lines each; anything larger is not one. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export class InputError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

// ignoreBOM keeps a leading U+FEFF in the string: offsets then match the file read as a JavaScript string, which is
// what the JSON contract promises (TextDecoder would otherwise drop it and shift every offset by one).
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Checks bytes are UTF-8 text; returns the text (a BOM is kept, so offsets match the file as a string). */
export function decodeText(file: string, bytes: Uint8Array): string {
  // UTF-32 first: its little-endian BOM (FF FE 00 00) begins with UTF-16's (FF FE).
  if (
    (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) ||
    (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)
  ) {
    throw new InputError(file, 'UTF-32 text, skipped (save it as UTF-8)');
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError(file, 'UTF-16 text, skipped (save it as UTF-8)');
  }
  if (bytes.indexOf(0) !== -1) throw new InputError(file, 'binary file (contains NUL bytes), skipped');
  try {
    return decoder.decode(bytes);
  } catch {
    throw new InputError(
      file,
      `not valid UTF-8 text (first bad byte at offset ${firstInvalidUtf8(bytes)}), skipped (save it as UTF-8)`,
    );
  }
}

/**
 * Byte offset of the first malformed sequence, so the one-line error says where to look. The second byte's range
 * depends on the first (Unicode table 3-7): without that, overlong forms (E0 80 80), surrogates (ED A0 80) and code
 * points past U+10FFFF (F4 90 80 80) passed here while the decoder refused them, and the offset named was the file's end.
 */
export function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length;) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else return i;
    const second = b[i + 1];
    if (second === undefined || second < lo || second > hi) return i;
    for (let k = 2; k <= n; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return b.length;
}

/** Kernel pseudo-filesystems: their "files" are live views of the machine (memory maps, environments, devices). */
const PSEUDO_ROOTS = ['/proc', '/sys', '/dev'];
const PSEUDO_FS_TYPES = new Set([
  0x9fa0, // proc
  0x62656572, // sysfs
  0x1cd1, // devpts
  0x64626720, // debugfs
  0x74726163, // tracefs
  0x73636673, // securityfs
  0x27e0eb, // cgroup
  0x63677270, // cgroup2
  0x62656570, // configfs
  0xcafe4a11, // bpf
]);

/** Whether a real (symlink-free) path lies on a kernel pseudo-filesystem: never read, whoever asks. */
export function isSystemPath(real: string): boolean {
  if (sep === '/' && PSEUDO_ROOTS.some((r) => real === r || real.startsWith(r + '/'))) return true;
  if (process.platform !== 'linux') return false;
  try {
    return PSEUDO_FS_TYPES.has(Number(statfsSync(real).type));
  } catch {
    return false;
  }
}

/**
 * The bytes of a regular file, at most maxBytes of them. Devices, FIFOs, sockets, folders and kernel pseudo-files
 * are refused before they are opened; the size is checked on the open descriptor (the file cannot be swapped for a
 * FIFO in between) and again while reading, so a file that grows or reports no size is never read past the limit.
 */
export function readFileBounded(file: string, maxBytes = MAX_FILE_BYTES): Buffer {
  let fd: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new InputError(file, 'is a directory, expected a file');
    // A FIFO or a device (/dev/zero) would block or never end: only regular files are read.
    if (!st.isFile()) throw new InputError(file, 'not a regular file, skipped');
    if (isSystemPath(realpathSync(file))) throw new InputError(file, 'a system file (/proc, /sys or /dev), skipped');
    if (st.size > maxBytes) throw tooLarge(file, st.size, maxBytes);
    // O_NONBLOCK: should a FIFO take the file's place after the check above, opening it does not wait for a writer.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(file, describeFsError(e));
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new InputError(file, 'not a regular file, skipped');
    if (st.size > maxBytes) throw tooLarge(file, st.size, maxBytes);
    return readAtMost(fd, file, maxBytes, st.size);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(file, describeFsError(e));
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads an open file to its end, but never more than maxBytes + 1 bytes (one more tells "too large" from "exactly the
 * limit"). `sizeHint` only sizes the first buffer: the loop does not trust it, since /proc files report 0.
 */
export function readAtMost(fd: number, file: string, maxBytes: number, sizeHint = 0): Buffer {
  let buf = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(sizeHint + 1, 64 * 1024)));
  let total = 0;
  for (;;) {
    if (total === buf.length) {
      if (total > maxBytes) throw tooLarge(file, total, maxBytes, true);
      const bigger = Buffer.allocUnsafe(Math.min(maxBytes + 1, buf.length * 2));
      buf.copy(bigger, 0, 0, total);
      buf = bigger;
    }
    const n = readSync(fd, buf, total, buf.length - total, null);
    if (n === 0) break;
    total += n;
  }
  if (total > maxBytes) throw tooLarge(file, total, maxBytes, true);
  return buf.subarray(0, total);
}

function tooLarge(file: string, size: number, maxBytes: number, growing = false): InputError {
  const limit = maxBytes >= 1048576 ? `${(maxBytes / 1048576).toFixed(0)} MB` : `${maxBytes} bytes`;
  // A file that reported a smaller size (or none, like /proc) was read only up to the limit.
  if (growing) return new InputError(file, `too large (more than ${limit}), skipped`);
  return new InputError(file, `too large (${(size / 1048576).toFixed(1)} MB; limit ${limit}), skipped`);
}

export function readTextFile(file: string, maxBytes = MAX_FILE_BYTES): string {
  return decodeText(file, readFileBounded(file, maxBytes));
}

export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, expected a file';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'ENAMETOOLONG':
      return 'path too long';
    case 'ENOTDIR':
      return 'no such file';
    default:
      return (e as Error)?.message ?? String(e);
  }
}
