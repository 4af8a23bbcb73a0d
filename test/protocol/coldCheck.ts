// The server's diagnostics and a cold `copydesk check`'s, in one shape (what an editor shows, evidence as file, range
// and text), so that a test can require the editor and CI to agree byte for byte.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from './lsp-client';
import { lineStarts, positionAt } from '../../core/index';
import { clip } from '../../server/src/convert';

const CLI = resolve('dist/cli.js');
const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];

export interface Shaped {
  code: unknown;
  severity: string;
  message: string;
  range: unknown;
  related: Array<{ uri: string; range: unknown; message: string }>;
  fixes: unknown;
}

export function fromServer(ds: Diagnostic[]): Shaped[] {
  return ds.map((d) => ({
    code: d.code,
    severity: SEVERITY[d.severity ?? 0]!,
    message: d.message,
    range: d.range,
    related: (d.relatedInformation ?? []).map((r) => ({
      uri: r.location.uri,
      range: r.location.range,
      message: r.message,
    })),
    fixes: (d.data as { fixes?: unknown } | undefined)?.fixes ?? [],
  }));
}

interface CliDiagnostic {
  code: string;
  severity: string;
  message: string;
  range: unknown;
  related: Array<{ file: string; title: string; start: number; end: number; excerpt: string }>;
  fixes: unknown;
}

/** A cold `copydesk check` of `file` as it is on disk, run in `root`, in the shared shape. */
export function coldCheck(root: string, file: string, args: string[] = []): Shaped[] {
  const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '--no-progress', ...args, file], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  const checked = (JSON.parse(r.stdout) as { files: Array<{ diagnostics: CliDiagnostic[] }> }).files[0]!;
  return checked.diagnostics.map((d) => ({
    code: d.code,
    severity: d.severity,
    message: d.message,
    range: d.range,
    related: d.related.map((e) => {
      // Evidence paths are relative to the working directory the CLI ran in.
      const ref = resolve(root, e.file);
      const starts = lineStarts(readFileSync(ref, 'utf8'));
      return {
        uri: pathToFileURL(ref).toString(),
        range: { start: positionAt(starts, e.start), end: positionAt(starts, e.end) },
        message: `“${clip(e.excerpt, 160)}”`,
      };
    }),
    fixes: d.fixes,
  }));
}
