// The persistent reference index: an index built from kept segmentations, or imported whole from a snapshot, is the
// index a fresh build gives (down to the order of its maps); and whatever is wrong with a cache file — truncated, a
// byte changed, another version, another program's file, an entry under another text's key — it is refused and rebuilt,
// never trusted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { check, ReferenceIndex, segmentText } from '../../core/index';
import { IndexCache, CACHE_FORMAT, coreCodeHash, decodeEntry, encodeEntry, textKey } from '../../host/indexCache';
import { loadReferences } from '../../host/references';
import { newsCorpus } from '../support/newsCorpus';
import { tempDir } from '../cli/helpers';

type Inside = {
  sCount: number;
  sDoc: Int32Array;
  sStart: Int32Array;
  sEnd: Int32Array;
  sPara: Int32Array;
  sFlags: Uint8Array;
  postings: Map<string, number[]>;
  capWords: Map<string, number>;
  capKeys: Map<string, number>;
};

/**
 * Everything a question can read, maps in their own order (not sorted: a snapshot must keep even that); `sorted` for an
 * index changed after it was built, whose maps' order (never read by a question) then differs from a fresh build's.
 */
function inside(index: ReferenceIndex, sorted = false) {
  index.settle();
  const i = index as unknown as Inside;
  const rows = (a: Int32Array | Uint8Array) => [...a.subarray(0, i.sCount)].join();
  const order = <T>(list: T[]) => (sorted ? list.sort((a, b) => (String(a) < String(b) ? -1 : 1)) : list);
  return {
    docs: [...index.docs()].map((d) => `${d.id} ${d.slot} ${d.firstSentence} ${d.sentenceCount} ${d.title}`),
    rows: [rows(i.sDoc), rows(i.sStart), rows(i.sEnd), rows(i.sPara), rows(i.sFlags)],
    postings: order([...i.postings].map(([t, l]) => `${t}:${l.join(',')}`)),
    capWords: order([...i.capWords].map(String)),
    capKeys: order([...i.capKeys].map(String)),
  };
}

const corpus = newsCorpus(5, 30, 6, 1300);

function fresh(): ReferenceIndex {
  const index = new ReferenceIndex();
  for (const r of corpus.references) index.set(r.name, r.text);
  return index;
}

test('an index built from kept segmentations, or imported from a snapshot, is the fresh build', () => {
  const kept = new ReferenceIndex();
  for (const r of corpus.references)
    kept.set(r.name, r.text, decodeEntry(encodeEntry(segmentText(r.text), r.text.length), r.text.length)!);
  assert.deepEqual(inside(kept), inside(fresh()));
  const imported = new ReferenceIndex();
  const texts = new Map(corpus.references.map((r) => [r.name, r.text]));
  imported.importSnapshot(fresh().exportSnapshot(), (id) => texts.get(id)!);
  assert.deepEqual(inside(imported), inside(fresh()));
  // And so are the findings.
  const d = corpus.drafts[0]!.text;
  assert.deepEqual(check(d, { articleDate: '2025-06-30' }, imported), check(d, { articleDate: '2025-06-30' }, fresh()));
  // An imported index goes on like any other: a file replaced afterwards lays it out as a fresh build would.
  const r0 = corpus.references[0]!;
  imported.set(r0.name, r0.text.replace(/\d+/, '77'));
  const other = new ReferenceIndex();
  for (const r of corpus.references) other.set(r.name, r === r0 ? r.text.replace(/\d+/, '77') : r.text);
  assert.deepEqual(inside(imported, true), inside(other, true));
});

test('the cache: a second load reuses every file, a changed file alone is indexed again, the index is the same', (t) => {
  const dir = tempDir(t, 'copydesk-cache-');
  const refs = join(dir, 'refs');
  mkdirSync(refs);
  for (const r of corpus.references) writeFileSync(join(refs, r.name), r.text);
  const files = corpus.references.map((r) => join(refs, r.name)).sort();
  const cache = { dir: join(dir, 'cache') };
  const first = loadReferences(files, undefined, cache);
  assert.deepEqual(
    { ...first.cache, snapshot: !!first.cache?.snapshot },
    { snapshot: false, hits: 0, misses: files.length, rejected: 0, badFiles: 0 },
  );
  const second = loadReferences(files, undefined, cache);
  assert.equal(second.cache?.snapshot, true, 'the same files: the whole corpus from its snapshot');
  assert.deepEqual(inside(second.index), inside(first.index));
  writeFileSync(files[2]!, readFileSync(files[2]!, 'utf8').replace(/\d+/, '81'));
  const third = loadReferences(files, undefined, cache);
  assert.deepEqual(
    { ...third.cache },
    { hits: files.length - 1, misses: 1, rejected: 0, badFiles: 0 },
    'one file changed: the others come from their entries',
  );
  assert.deepEqual(inside(third.index, true), inside(loadReferences(files).index, true));
  // The root is marked as a cache and ignored by git wherever it is.
  assert.match(readFileSync(join(cache.dir, '.gitignore'), 'utf8'), /^\*$/m);
  assert.match(readFileSync(join(cache.dir, 'CACHEDIR.TAG'), 'utf8'), /^Signature: 8a477f597d28d172789f06886806bc55/);
});

test('corrupted or foreign cache files are refused and rebuilt, never trusted', (t) => {
  const dir = tempDir(t, 'copydesk-cache-');
  const refs = join(dir, 'refs');
  mkdirSync(refs);
  for (const r of corpus.references) writeFileSync(join(refs, r.name), r.text);
  const files = corpus.references.map((r) => join(refs, r.name)).sort();
  const root = join(dir, 'cache');
  const truth = inside(loadReferences(files).index);
  loadReferences(files, undefined, { dir: root });
  const folder = join(root, `index-v${CACHE_FORMAT}`, coreCodeHash());
  const buckets = () =>
    readdirSync(folder)
      .filter((f) => /^[0-9a-f]{2}\.bin$/.test(f))
      .map((f) => join(folder, f));
  const snapshots = () =>
    readdirSync(folder)
      .filter((f) => f.startsWith('corpus-'))
      .map((f) => join(folder, f));
  const damage: Array<[string, (b: Buffer) => Buffer]> = [
    ['truncated', (b) => b.subarray(0, Math.floor(b.length * 0.6))],
    [
      'a byte changed',
      (b) => {
        const c = Buffer.from(b);
        c[c.length - 3] = c[c.length - 3]! ^ 0x55;
        return c;
      },
    ],
    [
      'another format version',
      (b) => {
        const c = Buffer.from(b);
        c.writeUInt32LE(CACHE_FORMAT + 1, 4);
        return c;
      },
    ],
    [
      'written by a future version',
      (b) => {
        const c = Buffer.from(b);
        c.writeUInt32LE(99, 4);
        return c;
      },
    ],
    ["another program's file", () => Buffer.from('{"not": "a copydesk cache"}\n')],
    ['empty', () => Buffer.alloc(0)],
  ];
  for (const [what, hurt] of damage) {
    // Damage every bucket and the snapshot; the next load must refuse them all and still build the true index.
    loadReferences(files, undefined, { dir: root });
    for (const f of [...buckets(), ...snapshots()]) writeFileSync(f, hurt(readFileSync(f)));
    const r = loadReferences(files, undefined, { dir: root });
    assert.ok(!r.cache?.snapshot, `${what}: the snapshot is refused`);
    // A file cut short keeps the entries before the cut, each still checked; anything else is refused whole.
    if (what === 'truncated') assert.ok(r.cache!.hits < files.length, what);
    else if (what === 'a byte changed')
      assert.ok(
        r.cache!.hits >= files.length - buckets().length && r.cache!.misses >= 1,
        `${what}: ${JSON.stringify(r.cache)}`,
      );
    else assert.equal(r.cache?.hits, 0, `${what}: no entry is trusted`);
    assert.equal(r.cache!.hits + r.cache!.misses, files.length, what);
    assert.deepEqual(inside(r.index), truth, what);
    // ...and rebuilt: the next load finds a sound cache again.
    assert.equal(loadReferences(files, undefined, { dir: root }).cache?.snapshot, true, `${what}: rebuilt`);
  }
  // An entry under another text's key (a file swapped for another's): refused by its checksum, which covers the key.
  const a = corpus.references[0]!.text;
  const b = corpus.references[1]!.text;
  const cache = new IndexCache(join(dir, 'swap'));
  cache.segment(a);
  cache.flush();
  const bucketOf = (text: string) => join(cache.folder, `${textKey(text)[0]!.toString(16).padStart(2, '0')}.bin`);
  const buf = readFileSync(bucketOf(a));
  const moved = Buffer.from(buf);
  textKey(b).copy(moved, 32); // the first entry's key, now b's hash
  mkdirSync(cache.folder, { recursive: true });
  writeFileSync(bucketOf(b), moved);
  const again = new IndexCache(join(dir, 'swap'));
  assert.deepEqual(again.segment(b), segmentText(b));
  assert.equal(again.stats.hits, 0);
  // A cache folder that cannot be written: one warning, and the load goes on without it.
  writeFileSync(join(dir, 'not-a-folder'), 'x');
  const warnings: string[] = [];
  const r = loadReferences(files, undefined, { dir: join(dir, 'not-a-folder'), onError: (m) => warnings.push(m) });
  assert.deepEqual(inside(r.index), truth);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /cannot be written \(ENOTDIR\|EEXIST\)|cannot be written/);
  assert.ok(statSync(join(dir, 'not-a-folder')).isFile());
});

test('processes sharing a cache folder prune its snapshots without tripping over each other', async (t) => {
  // Four writers, each keeping the newest few snapshots: a file another one pruned between the listing and the stat
  // used to turn the cache off with a warning (ENOENT), as `check --jobs 2` showed in CI.
  const root = join(tempDir(t), 'shared');
  const writer = fileURLToPath(new URL('../support/snapshotWriter.ts', import.meta.url));
  const runs = await Promise.all(
    [0, 1, 2, 3].map(
      () =>
        new Promise<string>((done, fail) => {
          const p = spawn(process.execPath, ['--import', 'tsx', writer, root, '150'], {
            stdio: ['ignore', 'pipe', 'inherit'],
          });
          let out = '';
          p.stdout.on('data', (d: Buffer) => (out += d));
          p.on('error', fail);
          p.on('exit', (code) => (code === 0 ? done(out) : fail(new Error(`writer exited with ${code}`))));
        }),
    ),
  );
  assert.deepEqual(runs.join('').split('\n').filter(Boolean), [], 'no writer was warned');
  const left = readdirSync(join(root, `index-v${CACHE_FORMAT}`, coreCodeHash())).filter((f) => f.startsWith('corpus-'));
  assert.ok(left.length >= 1 && left.length <= 4 * 4, `pruned to a few (${left.length})`);
});
