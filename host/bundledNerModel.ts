// What core/entities/bundledModel.ts is in the server, CLI and core bundles (esbuild.mjs swaps it in): the same model,
// read from dist/ner-model.bin beside the bundle the first time the core asks for it (see nerModelFile.ts).
import { join } from 'node:path';
import type { PackedModel } from '../core/entities/model';
import { NER_MODEL_FILE, readNerModelFile } from './nerModelFile';

export function bundledNerModel(): PackedModel {
  // In a bundle, __dirname is dist/, where esbuild.mjs writes the model.
  return readNerModelFile(join(__dirname, NER_MODEL_FILE));
}
