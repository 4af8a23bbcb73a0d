// Bundles the client, the server, the CLI and the core library into dist/. `--production` minifies; `--watch` rebuilds.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

// The entity model is not bundled: the server, CLI and core bundles read it from dist/ner-model.bin
// (host/nerModelFile.ts says why and how), written here from models/ner-model.json by the host's own packer. The
// extension bundle never loads the model.
async function hostModule(entry) {
  const out = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'warning',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(
    module,
    module.exports,
    createRequire(import.meta.url),
  );
  return module.exports;
}
/** Writes dist/ner-model.bin when it differs from what models/ner-model.json packs into (a retrain: rerun the build). */
async function writeNerModel() {
  const { packNerModel, NER_MODEL_FILE } = await hostModule('host/nerModelFile.ts');
  const packed = packNerModel(JSON.parse(readFileSync(new URL('./models/ner-model.json', import.meta.url), 'utf8')));
  const file = new URL(`./dist/${NER_MODEL_FILE}`, import.meta.url);
  mkdirSync(new URL('./dist/', import.meta.url), { recursive: true });
  if (!existsSync(file) || !readFileSync(file).equals(packed)) writeFileSync(file, packed);
}
const nerModelSidecar = {
  name: 'ner-model-sidecar',
  setup(build) {
    build.onResolve({ filter: /^\.\/bundledModel$/ }, (args) =>
      /[\\/]core[\\/]entities$/.test(args.resolveDir)
        ? { path: new URL('./host/bundledNerModel.ts', import.meta.url).pathname }
        : undefined,
    );
  },
};

// esbuild escapes non-ASCII characters in strings and identifiers (charset ascii) but leaves regular expression
// literals as written ("’", "…", "•" in the core's patterns): a hundred such characters made each 4 MB bundle a
// two-byte string, which Node decodes from UTF-8 and V8 scans at about twice the cost of a one-byte one, at every
// start of the CLI and the server (cli.js: 70-110 -> 50-65 ms to read, and 4 MB less heap for its source). The
// escape \uXXXX means the same character in a pattern, with or without the u flag (astral characters as their two
// halves, which a u-flag pattern reads as one code point); only a pattern's .source spelling changes, which the core
// does not read, and columns after an escape on the few lines that have one are off in the source map.
const asciiOutput = {
  name: 'ascii-output',
  setup(build) {
    build.onEnd((result) => {
      for (const file of Object.keys(result.metafile?.outputs ?? {})) {
        if (!file.endsWith('.js')) continue;
        const text = readFileSync(file, 'utf8');
        // An identity escape ("\’", an odd run of backslashes before the character) becomes the bare escape.
        const ascii = text.replace(
          /(\\*)([^\x00-\x7f])/g,
          (_, slashes, c) => `${slashes.slice(slashes.length % 2)}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
        );
        if (ascii !== text) writeFileSync(file, ascii);
      }
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
  metafile: true,
  plugins: [attributionTable, asciiOutput],
};

const builds = [
  { entryPoints: { extension: 'client/src/extension.ts' }, external: ['vscode'] },
  // dist/server.js is a small entry that runs dist/server-main.js with the code kept from an earlier start.
  { entryPoints: { server: 'server/src/boot.ts' }, plugins: [asciiOutput] },
  { entryPoints: { 'server-main': 'server/src/main.ts' }, plugins: [attributionTable, nerModelSidecar, asciiOutput] },
  // dist/cli.js is a small entry that runs dist/cli-main.js with the code kept from an earlier run.
  {
    entryPoints: { cli: 'cli/boot.ts' },
    plugins: [asciiOutput],
    banner: { js: "#!/usr/bin/env node\nconst __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  },
  { entryPoints: { 'cli-main': 'cli/bin.ts' }, plugins: [attributionTable, nerModelSidecar, asciiOutput] },
  { entryPoints: { core: 'core/index.ts' }, plugins: [attributionTable, nerModelSidecar, asciiOutput] },
];

await writeNerModel();
const contexts = await Promise.all(builds.map((b) => esbuild.context({ ...common, ...b, outdir: 'dist' })));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
