// Bundles the client, the server, the CLI and the core library into dist/. `--production` minifies; `--watch` rebuilds.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const { version, repository } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
// The public repository's web address, if package.json names one (SARIF links each rule to the README there).
const repositoryUrl = (typeof repository === 'string' ? repository : (repository?.url ?? ''))
  .replace(/^git\+/, '')
  .replace(/\.git$/, '');

// A hash of the core's sources: the persistent reference index (host/indexCache.ts) keeps its entries under it, so a
// build whose segmenter differs never reads another build's entries. Same walk as hashSources() there.
function hashSources(dir) {
  const h = createHash('sha256');
  const walk = (d, rel) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p, `${rel}${name}/`);
      else if (/\.(ts|json)$/.test(name)) h.update(`${rel}${name}\0`).update(readFileSync(p)).update('\0');
    }
  };
  walk(dir, '');
  return h.digest('hex').slice(0, 16);
}
const coreHash = hashSources(new URL('./core', import.meta.url).pathname);

// The bundled attribution model carries its lexicon as a sorted table of word forms (core/attribution/lexiconTable.ts)
// in place of the packed lexicon: a process then looks up the words it meets instead of decoding all 16,000 forms at its
// first check. The table is made by the core's own decoder, bundled and run here; training never writes it.
let tableOf;
async function lexiconTableOf(lexicon) {
  if (!tableOf) {
    const out = await esbuild.build({
      entryPoints: ['core/attribution/model.ts'],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      write: false,
      logLevel: 'warning',
      loader: { '.json': 'json' },
    });
    const module = { exports: {} };
    new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, () => ({}));
    tableOf = module.exports.lexiconTableOf;
  }
  return tableOf(lexicon);
}
const attributionTable = {
  name: 'attribution-lexicon-table',
  setup(build) {
    build.onLoad({ filter: /[\\/]models[\\/]attribution-model\.json$/ }, async (args) => {
      const model = JSON.parse(readFileSync(args.path, 'utf8'));
      const table = await lexiconTableOf(model.lexicon);
      const bundled = table === undefined ? model : { ...model, lexicon: '', lexiconTable: table };
      return { contents: JSON.stringify(bundled), loader: 'json' };
    });
  },
};

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
  define: {
    __VERSION__: JSON.stringify(version),
    __REPOSITORY_URL__: JSON.stringify(repositoryUrl),
    __CORE_HASH__: JSON.stringify(coreHash),
    'import.meta.url': '__importMetaUrl',
  },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  loader: { '.json': 'json' },
  // jsonc-parser's default entry is a UMD build whose dynamic requires esbuild cannot follow; its ES module build bundles.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
  // Node 20 has \p{…} in regular expressions; without this esbuild rewrites each such literal into a `new RegExp(…)`
  // evaluated every time its expression runs, compiling regexes inside the analysis's hot loops.
  supported: { 'regexp-unicode-property-escapes': true },
  plugins: [attributionTable],
};

const builds = [
  { entryPoints: { extension: 'client/src/extension.ts' }, external: ['vscode'] },
  { entryPoints: { server: 'server/src/main.ts' } },
  {
    entryPoints: { cli: 'cli/bin.ts' },
    banner: { js: "#!/usr/bin/env node\nconst __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  },
  { entryPoints: { core: 'core/index.ts' } },
];

/**
 * esbuild escapes non-ASCII characters in strings but leaves them in regular expression literals (’, “, …, •), and one
 * such character makes Node read the whole bundle into a two-byte string, which V8 then scans: reading and compiling
 * dist/core.js cost about 190 ms of CPU with them and 150 ms without (median of 8 fresh processes each, load 6-7).
 * Each is written as its \uXXXX escape, which means the same code unit in a string, a template, an identifier, a
 * comment, and a regular expression with or without the u flag. (Source map columns after such a character on its
 * line shift by five: these are a few regex lines.)
 */
function asciiOnly(file) {
  const src = readFileSync(file, 'utf8');
  if (!/[^\x00-\x7f]/.test(src)) return;
  // A character already escaped by a backslash (an odd run of them before it) loses that backslash to its own escape.
  const escaped = src.replace(
    /(\\*)([^\x00-\x7f])/g,
    (_, slashes, c) =>
      `${slashes.length % 2 ? slashes.slice(1) : slashes}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  writeFileSync(file, escaped);
}

const contexts = await Promise.all(builds.map((b) => esbuild.context({ ...common, ...b, outdir: 'dist' })));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  for (const name of ['extension', 'server', 'cli', 'core']) asciiOnly(`dist/${name}.js`);
}
