// A process that keeps saving corpus snapshots into one cache folder, as an editor's server and a CI job sharing a
// user's cache do; it prints each warning the cache gives. Run by test/unit/index-cache.test.ts.
import { randomBytes } from 'node:crypto';
import { ReferenceIndex } from '../../core/index';
import { IndexCache } from '../../host/indexCache';

const [root, rounds] = process.argv.slice(2);
const index = new ReferenceIndex();
index.set('harbour.md', 'Mayor Ines Novak said on Monday that deepening the harbour would cost $15 million.');
const snapshot = index.exportSnapshot();
for (let i = 0; i < Number(rounds); i++) {
  const cache = new IndexCache(root!, (message) => console.log(message));
  cache.saveSnapshot(randomBytes(16).toString('hex'), snapshot);
}
