// `copydesk check .` walks the whole repository, reference folder included: the wire copy the articles are checked
// against is not an article, and checking it as one floods the report with the references' own unattributed sentences.
// Files found by walking a folder or a glob are skipped when their .copydesk.json (or --references) names them as
// references; a file named on the command line is always checked.
import { dirname, resolve } from 'node:path';
import { resolveConfig } from '../core/index';
import { ConfigCache, ConfigError } from '../host/configFile';
import { configScope, listReferenceFiles, realOr, type ReferenceScope } from '../host/references';

export function withoutReferenceFiles(
  files: string[],
  named: ReadonlySet<string>,
  cwd: string,
  cliReferences?: string[],
): { files: string[]; skipped: number } {
  const configs = new ConfigCache([cwd]);
  const lists = new Map<string, Set<string>>();
  const referencesOf = (patterns: string[], scope: ReferenceScope): Set<string> => {
    const key = `${scope.baseDir}\0${scope.root ?? ''}\0${patterns.join('\0')}`;
    let set = lists.get(key);
    if (!set) {
      set = new Set(listReferenceFiles(patterns, scope).realIds.keys());
      lists.set(key, set);
    }
    return set;
  };
  let skipped = 0;
  const kept = files.filter((f) => {
    if (named.has(f)) return true;
    const path = resolve(cwd, f);
    let refs: Set<string> | undefined;
    if (cliReferences?.length) refs = referencesOf(cliReferences, { baseDir: cwd });
    else {
      try {
        const loaded = configs.for(path);
        const patterns = resolveConfig(loaded.config).references;
        if (patterns.length) refs = referencesOf(patterns, configScope(loaded.dir ?? dirname(path), loaded.file, ''));
      } catch (e) {
        if (!(e instanceof ConfigError)) throw e;
        return true; // the check itself reports the broken config, against this file
      }
    }
    if (refs?.has(realOr(path))) {
      skipped++;
      return false;
    }
    return true;
  });
  return { files: kept, skipped };
}
