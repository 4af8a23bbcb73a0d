// A process that runs one bundle through the code cache, as dist/server.js runs the server's (test/unit/code-cache.test.ts):
// argv: the bundle, the cache root ('' for none), whether to keep the code afterwards. Prints what happened as JSON.
import { runBundleWithCodeCache } from '../../host/codeCache';

const [file, root, save] = process.argv.slice(2) as [string, string, string];
const bundle = runBundleWithCodeCache(file, root || undefined);
const value = (bundle.exports as { answer(): number }).answer();
const loaded = bundle.state;
const saved = save === 'save' ? bundle.save() : undefined;
process.stdout.write(JSON.stringify({ loaded, saved, value }));
