// What an article was checked against, for the client's status bar and notification: which references apply, how
// many files they matched, and what was found. A client that does not listen loses nothing the diagnostics don't say.
import { dirname } from 'node:path';
import type { CheckResult, Finding } from '../../core/index';
import type { Workspace, Corpus } from './workspace';
import { uriToPath } from './workspace';
import type { ReferenceStatus, StatusParams } from './protocol';

/** The reference set that applies to an article, without starting anything new. */
export function currentReferences(workspace: Workspace, uri: string, roots: readonly string[]): ReferenceStatus {
  let corpus: Corpus | undefined;
  try {
    corpus = workspace.corpusFor(uri);
  } catch {
    corpus = undefined;
  }
  return referenceStatus(workspace, uri, corpus, roots);
}

export function referenceStatus(
  workspace: Workspace,
  uri: string,
  corpus: Corpus | undefined,
  roots: readonly string[],
): ReferenceStatus {
  const { config, configFile, error } = workspace.configFor(uri);
  const fromEditor = !!workspace.editorSettings.references?.length;
  const path = uriToPath(uri);
  const dir = path ? dirname(path) : process.cwd();
  const root = roots.find((r) => dir === r || dir.startsWith(r + '/')) ?? roots[0] ?? dir;
  return {
    source: fromEditor ? 'settings' : config.references.length ? 'config-file' : 'none',
    configFile,
    suggestedConfigDir: configFile ? dirname(configFile) : root,
    patterns: config.references,
    files: corpus?.index.size ?? 0,
    indexing: !!corpus && !corpus.done,
    error,
  };
}

export function statusParams(
  uri: string,
  result: CheckResult,
  findings: readonly Finding[],
  references: ReferenceStatus,
): StatusParams {
  const byCode: Record<string, number> = {};
  for (const f of findings) byCode[f.code] = (byCode[f.code] ?? 0) + 1;
  const claims = { corroborated: 0, conflicting: 0, unverified: 0, verified: 0, disputed: 0 };
  for (const c of result.claims) claims[c.status]++;
  return { uri, references, findings: byCode, claims };
}
