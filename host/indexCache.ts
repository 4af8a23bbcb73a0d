// The reference index kept on disk between runs, so a CI job or an editor start does not segment 10,000 unchanged
// references again. What is kept is what indexing computes from a text alone (core: segmentText), keyed by the SHA-256
// of the text: a file read again with the same content finds its entry whatever its name or place, and a changed file
// misses and is indexed (and kept) on its own. The text itself is never kept: every reference is still read from its
// file, with every containment rule (host/references.ts), so the cache cannot make anything read that would not be.
//
// Where: a folder the user chooses (--cache-location, COPYDESK_CACHE_DIR, the copydesk.cacheLocation user setting),
// else the user's cache folder (~/.cache/copydesk). Never a repository's choice: .copydesk.json has no say, so a pull
// request cannot make a CI run write anywhere. Shared by the CLI and the server, and across checkouts (entries carry
// no path). Its root holds a .gitignore of "*" (git never lists it, wherever it is) and a CACHEDIR.TAG.
//
// Layout: <root>/index-v<FORMAT>/<code>/<xx>.bin, where <code> is a hash of the core's sources (a change to the
// segmenter makes a new folder, never a stale answer) and <xx> the first byte of the text's hash (256 buckets: a
// changed file rewrites one small bucket, not the whole cache). Each bucket starts with a header (magic, format, byte
// order, code); each entry holds its key, its length, a checksum and the data. Anything that does not check out — a
// wrong magic, format or code, a truncated or altered entry, an entry for another text — is ignored and rebuilt.
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as zlib from 'node:zlib';
import {
  plausibleSegmentation,
  plausibleSnapshot,
  segmentText,
  TermTable,
  type IndexSnapshot,
  type SegmentedText,
} from '../core/index';
import { readFileBounded } from './readText';
import { prepareCacheRoot } from './cacheDir';

export const CACHE_FORMAT = 1;
const MAGIC = 0x58494443; // "CDIX" little-endian
const HEADER_BYTES = 32;
const ENTRY_HEAD_BYTES = 32 + 4 + 4; // key, payload length, checksum
/** A bucket beyond this keeps its newest entries only (about 2 GB for the 256 buckets at most). */
const MAX_BUCKET_BYTES = 8 * 1024 * 1024;
/** Folders of other code versions unused this long are removed when the cache is written. */
const STALE_MS = 30 * 24 * 3600 * 1000;

declare const __CORE_HASH__: string | undefined;

export interface IndexCacheOptions {
  dir: string;
  /** A problem worth one line (the cache folder cannot be written): the run goes on without the cache. */
  onError?: (message: string) => void;
}

/** A hash of the core's sources: bundles carry it (esbuild.mjs); from the sources (tests) it is computed. */
export function coreCodeHash(): string {
  if (typeof __CORE_HASH__ === 'string' && __CORE_HASH__) return __CORE_HASH__;
  return (sourceHash ??= hashSources(resolve(__dirname, '..', 'core')));
}
let sourceHash: string | undefined;

export function hashSources(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string, rel: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p, `${rel}${name}/`);
      else if (/\.(ts|json)$/.test(name)) h.update(`${rel}${name}\0`).update(readFileSync(p)).update('\0');
    }
  };
  walk(dir, '');
  return h.digest('hex').slice(0, 16);
}

export function textKey(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

interface Bucket {
  /** key (hex) -> the entry's payload, still unchecked. */
  entries: Map<string, Buffer>;
  /** New entries for this bucket, to be written. */
  added: Map<string, Buffer>;
}

export interface CacheStats {
  /** The whole corpus came from one snapshot (the same files, unchanged, as a run before). */
  snapshot?: boolean;
  hits: number;
  misses: number;
  /** Entries found but refused (checksum, key, shape): each rebuilt. */
  rejected: number;
  /** Bucket files refused whole (header, truncation). */
  badFiles: number;
}

export class IndexCache {
  readonly folder: string;
  private readonly buckets = new Map<number, Bucket>();
  readonly stats: CacheStats = { hits: 0, misses: 0, rejected: 0, badFiles: 0 };
  private broken = false;
  /** The spellings indexed so far, each judged once (the files of a corpus share most of their words). */
  private readonly terms = new TermTable();

  constructor(
    readonly root: string,
    private readonly onError?: (message: string) => void,
    readonly code = coreCodeHash(),
  ) {
    this.folder = join(root, `index-v${CACHE_FORMAT}`, code);
  }

  /** The text's segmentation: from the cache when a sound entry is there, else computed and queued for writing. */
  segment(text: string, key = textKey(text)): SegmentedText {
    const hex = key.toString('hex');
    const bucket = this.bucket(key[0]!);
    const raw = bucket.added.get(hex) ?? bucket.entries.get(hex);
    if (raw) {
      const seg = decodeEntry(raw, text.length);
      if (seg) {
        this.stats.hits++;
        return seg;
      }
      this.stats.rejected++;
      bucket.entries.delete(hex);
    }
    this.stats.misses++;
    const seg = segmentText(text, this.terms);
    bucket.added.set(hex, encodeEntry(seg, text.length));
    return seg;
  }

  /** Writes every bucket that gained entries (atomically: a reader sees the old file or the new one). */
  flush(): void {
    const dirty = [...this.buckets].filter(([, b]) => b.added.size);
    if (!dirty.length || this.broken) return;
    try {
      prepareCacheRoot(this.root);
      mkdirSync(this.folder, { recursive: true });
      for (const [n, b] of dirty) {
        // Entries another process wrote since this one read the bucket are kept too.
        const onDisk = this.readBucket(n);
        const merged = new Map([...onDisk, ...b.entries, ...b.added]);
        writeBucket(this.bucketPath(n), this.code, merged);
        for (const [k, v] of b.added) b.entries.set(k, v);
        b.added.clear();
      }
      removeStaleVersions(dirname(this.folder), this.code);
    } catch (e) {
      this.broken = true;
      this.onError?.(
        `reference index cache ${this.root} cannot be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); going on without it`,
      );
    }
  }

  /**
   * A whole corpus kept as one snapshot, found by a hash of every file's id and text hash (in order) and of the code;
   * undefined when there is none or it does not check out.
   */
  loadSnapshot(key: string, ids: string[], textLength: (id: string) => number | undefined): IndexSnapshot | undefined {
    const path = join(this.folder, `corpus-${key}.bin`);
    if (!existsSync(path)) return undefined;
    try {
      const snap = decodeSnapshot(readFileBounded(path, MAX_SNAPSHOT_BYTES), this.code);
      if (
        snap &&
        snap.ids.length === ids.length &&
        snap.ids.every((id, i) => id === ids[i]) &&
        plausibleSnapshot(snap, textLength)
      )
        return snap;
    } catch {
      /* unreadable: rebuilt below */
    }
    this.stats.badFiles++;
    return undefined;
  }

  /** Keeps a corpus's snapshot (the newest few corpora are kept; older snapshots go). */
  saveSnapshot(key: string, snap: IndexSnapshot): void {
    if (this.broken) return;
    try {
      prepareCacheRoot(this.root);
      mkdirSync(this.folder, { recursive: true });
      const body = encodeSnapshot(snap);
      if (body.length > MAX_SNAPSHOT_BYTES) return;
      writeAtomically(join(this.folder, `corpus-${key}.bin`), [snapshotHeader(this.code, body), body]);
      pruneSnapshots(this.folder, `corpus-${key}.bin`);
    } catch (e) {
      this.broken = true;
      this.onError?.(
        `reference index cache ${this.root} cannot be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); going on without it`,
      );
    }
  }

  /** Drops what was read (a long-lived server keeps only what it added since its last flush). */
  release(): void {
    for (const [n, b] of this.buckets) if (!b.added.size) this.buckets.delete(n);
  }

  private bucketPath(n: number): string {
    return join(this.folder, `${n.toString(16).padStart(2, '0')}.bin`);
  }

  private bucket(n: number): Bucket {
    let b = this.buckets.get(n);
    if (!b) {
      b = { entries: this.readBucket(n), added: new Map() };
      this.buckets.set(n, b);
    }
    return b;
  }

  /** A bucket file's entries (unchecked payloads), or none when the file is missing or not one of ours. */
  private readBucket(n: number): Map<string, Buffer> {
    const path = this.bucketPath(n);
    if (!existsSync(path)) return new Map();
    let buf: Buffer;
    try {
      buf = readFileBounded(path, MAX_BUCKET_BYTES * 2);
    } catch {
      this.stats.badFiles++;
      return new Map();
    }
    const entries = parseBucket(buf, this.code);
    if (!entries) this.stats.badFiles++;
    return entries ?? new Map();
  }
}

// --- file format -------------------------------------------------------------------------------------------------

function header(code: string): Buffer {
  const h = Buffer.alloc(HEADER_BYTES);
  h.writeUInt32LE(MAGIC, 0);
  h.writeUInt32LE(CACHE_FORMAT, 4);
  // Byte order of the typed arrays inside: read back on a machine of the other order, the file is foreign.
  h.writeUInt8(new Uint8Array(new Uint16Array([1]).buffer)[0]!, 8);
  h.write(code.padEnd(16, '\0').slice(0, 16), 12, 'latin1');
  return h;
}

/** The entries of a bucket file, or undefined when its header is not this format's, order's and code's. */
export function parseBucket(buf: Buffer, code: string): Map<string, Buffer> | undefined {
  if (buf.length < HEADER_BYTES || !buf.subarray(0, HEADER_BYTES).equals(header(code))) return undefined;
  const out = new Map<string, Buffer>();
  let p = HEADER_BYTES;
  while (p < buf.length) {
    // A truncated tail (a crash mid-write of an old, non-atomic writer, a full disk) ends the list: what came before is
    // still checked entry by entry.
    if (p + ENTRY_HEAD_BYTES > buf.length) break;
    const key = buf.subarray(p, p + 32).toString('hex');
    const len = buf.readUInt32LE(p + 32);
    const sum = buf.readUInt32LE(p + 36);
    const start = p + ENTRY_HEAD_BYTES;
    if (len % 4 !== 0 || start + len > buf.length) break;
    const payload = buf.subarray(start, start + len);
    // The key is in the checksum: an entry moved under another text's key does not check out.
    if (checksum(payload, buf.subarray(p, p + 32)) === sum) out.set(key, payload);
    p = start + len;
  }
  return out;
}

function writeBucket(path: string, code: string, entries: Map<string, Buffer>): void {
  // Newest entries last; an overfull bucket drops its oldest.
  const list = [...entries];
  let size = list.reduce((n, [, v]) => n + ENTRY_HEAD_BYTES + v.length, HEADER_BYTES);
  while (size > MAX_BUCKET_BYTES && list.length > 1) size -= ENTRY_HEAD_BYTES + list.shift()![1].length;
  const parts: Buffer[] = [header(code)];
  for (const [key, payload] of list) {
    const head = Buffer.alloc(ENTRY_HEAD_BYTES);
    Buffer.from(key, 'hex').copy(head, 0);
    head.writeUInt32LE(payload.length, 32);
    head.writeUInt32LE(checksum(payload, head.subarray(0, 32)), 36);
    parts.push(head, payload);
  }
  writeAtomically(path, parts);
}

/** A temporary file beside the target, then a rename: a reader sees the old file or the new one, never half. */
function writeAtomically(path: string, parts: Buffer[]): void {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  const fd = openSync(tmp, 'w', 0o644);
  let ok = false;
  try {
    for (const p of parts) writeSync(fd, p);
    fsyncSync(fd);
    ok = true;
  } finally {
    closeSync(fd);
    if (!ok) unlinkSync(tmp);
  }
  renameSync(tmp, path);
}

/** Keeps the newest few snapshots besides `kept`. Other processes (an editor's server, a CI job, `--jobs` workers)
 * share the folder and prune it too: a file gone between the listing and its stat or unlink is already pruned. */
function pruneSnapshots(folder: string, kept: string): void {
  const others: Array<{ f: string; t: number }> = [];
  for (const f of readdirSync(folder)) {
    if (!/^corpus-[0-9a-f]{32}\.bin$/.test(f) || f === kept) continue;
    const st = statSync(join(folder, f), { throwIfNoEntry: false });
    if (st) others.push({ f, t: st.mtimeMs });
  }
  others.sort((a, b) => b.t - a.t);
  for (const o of others.slice(KEEP_SNAPSHOTS - 1)) {
    try {
      unlinkSync(join(folder, o.f));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
}

// --- corpus snapshots --------------------------------------------------------------------------------------------

const SNAPSHOT_MAGIC = 0x53494443; // "CDIS"
const MAX_SNAPSHOT_BYTES = 1024 * 1024 * 1024;
const KEEP_SNAPSHOTS = 4;

/** The key of a corpus: the code, and every file's id and text hash, in order. */
export function corpusKey(code: string, files: Array<[string, Buffer]>): string {
  const h = createHash('sha256').update(`copydesk-corpus/v${CACHE_FORMAT}\0${code}\0`);
  for (const [id, key] of files) h.update(id).update('\0').update(key);
  return h.digest('hex').slice(0, 32);
}

const SNAPSHOT_HEAD_BYTES = HEADER_BYTES + 8;

/** The bucket header with its own magic, then the body's checksum and length. */
function snapshotHeader(code: string, body: Buffer): Buffer {
  const h = Buffer.concat([header(code), Buffer.alloc(8)]);
  h.writeUInt32LE(SNAPSHOT_MAGIC, 0);
  h.writeUInt32LE(checksum(body), HEADER_BYTES);
  h.writeUInt32LE(body.length, HEADER_BYTES + 4);
  return h;
}

/** Length-prefixed parts: typed arrays as they are, string lists as byte lengths then UTF-8. */
function encodeSnapshot(s: IndexSnapshot): Buffer {
  const parts: Buffer[] = [];
  const ints = (a: Int32Array | Uint8Array) => {
    const n = Buffer.alloc(8);
    n.writeUInt32LE(a.length, 0);
    n.writeUInt32LE(a.BYTES_PER_ELEMENT, 4);
    parts.push(n, Buffer.from(a.buffer, a.byteOffset, a.byteLength), Buffer.alloc((4 - (a.byteLength % 4)) % 4));
  };
  const strings = (list: string[]) => {
    const bytes = list.map((x) => Buffer.from(x, 'utf8'));
    ints(Int32Array.from(bytes, (b) => b.length));
    const all = Buffer.concat(bytes);
    ints(new Uint8Array(all.buffer, all.byteOffset, all.length));
  };
  strings(s.ids);
  ints(s.docSentences);
  ints(s.rows.start);
  ints(s.rows.end);
  ints(s.rows.para);
  ints(s.rows.flags);
  strings(s.terms);
  ints(s.termStarts);
  ints(s.termSentences);
  strings(s.capWords);
  ints(s.capCounts);
  strings(s.capKeys);
  ints(s.capKeyCounts);
  return Buffer.concat(parts);
}

export function decodeSnapshot(buf: Buffer, code: string): IndexSnapshot | undefined {
  if (buf.length < SNAPSHOT_HEAD_BYTES) return undefined;
  const expect = header(code);
  expect.writeUInt32LE(SNAPSHOT_MAGIC, 0);
  const sum = buf.readUInt32LE(HEADER_BYTES);
  const len = buf.readUInt32LE(HEADER_BYTES + 4);
  if (!buf.subarray(0, HEADER_BYTES).equals(expect) || SNAPSHOT_HEAD_BYTES + len !== buf.length) return undefined;
  const body = buf.subarray(SNAPSHOT_HEAD_BYTES);
  if (checksum(body) !== sum) return undefined;
  let p = 0;
  const array = (width: 1 | 4): Int32Array | Uint8Array => {
    if (p + 8 > body.length) throw new RangeError('truncated');
    const n = body.readUInt32LE(p);
    if (body.readUInt32LE(p + 4) !== width) throw new RangeError('shape');
    p += 8;
    const bytes = n * width;
    if (p + bytes > body.length) throw new RangeError('truncated');
    const out = width === 4 ? new Int32Array(n) : new Uint8Array(n);
    body.copy(Buffer.from(out.buffer), 0, p, p + bytes);
    p += bytes + ((4 - (bytes % 4)) % 4);
    return out;
  };
  const ints = () => array(4) as Int32Array;
  const strings = () => {
    const lengths = ints();
    const all = array(1) as Uint8Array;
    const b = Buffer.from(all.buffer, all.byteOffset, all.length);
    const out: string[] = new Array(lengths.length);
    let q = 0;
    for (let i = 0; i < lengths.length; i++) {
      const l = lengths[i]!;
      if (l < 0 || q + l > b.length) throw new RangeError('strings');
      out[i] = b.toString('utf8', q, q + l);
      q += l;
    }
    if (q !== b.length) throw new RangeError('strings');
    return out;
  };
  try {
    const ids = strings();
    const docSentences = ints();
    const rows = { start: ints(), end: ints(), para: ints(), flags: array(1) as Uint8Array };
    const terms = strings();
    const termStarts = ints();
    const termSentences = ints();
    const capWords = strings();
    const capCounts = ints();
    const capKeys = strings();
    const capKeyCounts = ints();
    if (p !== body.length) return undefined;
    return { ids, docSentences, rows, terms, termStarts, termSentences, capWords, capCounts, capKeys, capKeyCounts };
  } catch {
    return undefined;
  }
}

const crc32: ((b: Uint8Array) => number) | undefined = (zlib as { crc32?: (b: Uint8Array) => number }).crc32;

function checksum(b: Buffer, key?: Buffer): number {
  if (crc32) return (key ? (crc32 as (d: Uint8Array, v?: number) => number)(b, crc32(key)) : crc32(b)) >>> 0;
  const h = createHash('sha1');
  if (key) h.update(key);
  return h.update(b).digest().readUInt32LE(0);
}

/**
 * An entry: text length; rows; term starts and sentences; cap counts; then the strings (terms, then capitalised words,
 * each ended by a newline, which neither ever holds), padded to 4 bytes.
 */
export function encodeEntry(seg: SegmentedText, textLength: number): Buffer {
  const strings = Buffer.from(seg.terms.join('\n') + '\n' + seg.capWords.join('\n') + '\n', 'utf8');
  const ints = [
    textLength,
    seg.rows.length,
    seg.terms.length,
    seg.termSentences.length,
    seg.capWords.length,
    strings.length,
  ];
  const arrays = [seg.rows, seg.termStarts, seg.termSentences, seg.capCounts];
  const intBytes = 4 * (ints.length + arrays.reduce((n, a) => n + a.length, 0));
  const out = Buffer.alloc(intBytes + strings.length + ((4 - (strings.length % 4)) % 4));
  let p = 0;
  for (const v of ints) p = out.writeInt32LE(v, p);
  for (const a of arrays) {
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, p);
    p += a.byteLength;
  }
  strings.copy(out, p);
  return out;
}

/** The segmentation in an entry, or undefined when the entry is not a sound one for a text of this length. */
export function decodeEntry(buf: Buffer, textLength: number): SegmentedText | undefined {
  try {
    if (buf.length < 24) return undefined;
    const [len, nRows, nTerms, nPostings, nCaps, nStrings] = [0, 4, 8, 12, 16, 20].map((o) => buf.readInt32LE(o)) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    if (len !== textLength || [nRows, nTerms, nPostings, nCaps, nStrings].some((v) => v < 0)) return undefined;
    let p = 24;
    const ints = (n: number) => {
      if (p + 4 * n > buf.length) throw new RangeError('truncated');
      const a = new Int32Array(n);
      buf.copy(Buffer.from(a.buffer), 0, p, p + 4 * n);
      p += 4 * n;
      return a;
    };
    const rows = ints(nRows);
    const termStarts = ints(nTerms + 1);
    const termSentences = ints(nPostings);
    const capCounts = ints(nCaps);
    if (p + nStrings > buf.length) return undefined;
    const words = buf.toString('utf8', p, p + nStrings).split('\n');
    if (words.length !== nTerms + nCaps + 1 || words[words.length - 1] !== '') return undefined;
    const seg: SegmentedText = {
      rows,
      terms: words.slice(0, nTerms),
      termStarts,
      termSentences,
      capWords: words.slice(nTerms, nTerms + nCaps),
      capCounts,
    };
    return plausibleSegmentation(seg, textLength) ? seg : undefined;
  } catch {
    return undefined;
  }
}

// --- the folder --------------------------------------------------------------------------------------------------

/** Folders of other code versions untouched for a month: only ones that hold nothing but bucket files are removed. */
function removeStaleVersions(versions: string, current: string): void {
  for (const name of readdirSync(versions)) {
    if (name === current || !/^[0-9a-f]{16}$/.test(name)) continue;
    const dir = join(versions, name);
    try {
      const st = statSync(dir);
      if (!st.isDirectory() || Date.now() - st.mtimeMs < STALE_MS) continue;
      const files = readdirSync(dir);
      if (!files.every((f) => /^[0-9a-f]{2}\.bin$/.test(f))) continue;
      for (const f of files) unlinkSync(join(dir, f));
      rmdirSync(dir);
    } catch {
      /* another process may be using or removing it */
    }
  }
}
