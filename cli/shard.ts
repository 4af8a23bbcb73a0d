// `--shard I/N`: split a large archive across CI machines. A file's shard is a hash of its path (relative to the working
// directory, forward slashes), not its position in a list, so adding or deleting one article does not move every
// other article to another machine, and every machine computes the same split without talking to the others.
import { createHash } from 'node:crypto';
import { relative, resolve, sep } from 'node:path';

export interface Shard {
  index: number; // 1-based, as written on the command line
  count: number;
}

export function parseShard(s: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(s.trim());
  if (!m) throw new Error(`--shard expects I/N such as 2/5, got "${s}"`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) throw new Error(`--shard ${s}: need 1 <= I <= N`);
  return { index, count };
}

export function shardKey(file: string, cwd: string): string {
  const rel = relative(cwd, resolve(cwd, file));
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/** 0-based shard of a path: the first 32 bits of its SHA-1, modulo N. */
export function shardOf(file: string, count: number, cwd: string): number {
  return createHash('sha1').update(shardKey(file, cwd)).digest().readUInt32BE(0) % count;
}

export function inShard(file: string, shard: Shard | undefined, cwd: string): boolean {
  return !shard || shardOf(file, shard.count, cwd) === shard.index - 1;
}
