// Writes dist/marketplace.md: docs/marketplace.md with its local images inlined as data: URIs. VS Code renders an
// extension's README in a webview whose CSP allows only https: and data: images and which does not resolve paths
// relative to the extension, so a relative link shows a broken image; and this project has no public https host for
// images. The package script hands the result to vsce with --readme-path.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'docs/marketplace.md');
const OUT = join(ROOT, 'dist/marketplace.md');
const TYPES = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif' };

const md = readFileSync(SRC, 'utf8').replace(/(!\[[^\]]*\]\()([^)\s]+)(\))/g, (all, open, src, close) => {
  if (/^(https?|data):/.test(src)) return all;
  const type = TYPES[extname(src).toLowerCase()];
  // SVG is refused by vsce and by the marketplace; anything else unknown is left for vsce to complain about.
  if (!type) return all;
  // Relative to the repo root (as the docs write them) or to docs/.
  let bytes;
  for (const base of [ROOT, dirname(SRC)]) {
    try {
      bytes = readFileSync(resolve(base, src));
      break;
    } catch {
      /* not in this folder: try the next */
    }
  }
  if (!bytes) throw new Error(`${SRC}: image ${src} not found`);
  return `${open}data:${type};base64,${bytes.toString('base64')}${close}`;
});
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, md);
