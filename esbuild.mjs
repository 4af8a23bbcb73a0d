// Bundles the client, the server, the CLI and the core library into dist/. `--production` minifies; `--watch` rebuilds.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  legalComments: 'none',
  logLevel: 'warning',
  // ESM dependencies (fdir, via tinyglobby) read import.meta.url, which a CJS bundle must provide.
  define: { __VERSION__: JSON.stringify(version), 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  loader: { '.json': 'json' },
  // Node 20 has \p{…} in regular expressions; without this esbuild rewrites each such literal into a `new RegExp(…)`
  // evaluated every time its expression runs, compiling regexes inside the analysis's hot loops.
  supported: { 'regexp-unicode-property-escapes': true },
};

const builds = [
  { entryPoints: { extension: 'client/src/extension.ts' }, external: ['vscode'] },
  { entryPoints: { server: 'server/src/main.ts' } },
  { entryPoints: { cli: 'cli/bin.ts' }, banner: { js: "#!/usr/bin/env node\nconst __importMetaUrl = require('url').pathToFileURL(__filename).href;" } },
  { entryPoints: { core: 'core/index.ts' } },
];

const contexts = await Promise.all(builds.map((b) => esbuild.context({ ...common, ...b, outdir: 'dist' })));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
