// The entity model this build ships: models/ner-model.json as a JSON import, for the tests, scripts and anyone running
// the core from source. The server, CLI and core bundles replace this module by host/bundledNerModel.ts (esbuild.mjs),
// which reads the same model from a file beside them, so its 2.2 MB are not part of every bundle's source.
import packed from '../../models/ner-model.json';
import type { PackedModel } from './model';

export function bundledNerModel(): PackedModel {
  return packed as PackedModel;
}
