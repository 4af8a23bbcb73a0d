// The server's diagnostics and a cold `copydesk check`'s, in one shape (what an editor shows, evidence as file, range
// and text), so that a test can require the editor and CI to agree byte for byte.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, LspClient } from './lsp-client';
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

/** A quick fix as an editor applies it: its title and the edit it makes (ranges as positions). */
interface ShapedFix {
  title: string;
  range: unknown;
  newText: string;
}

/**
 * The server's diagnostics of `uri` (its current version) with the quick fixes the server offers for each, asked for
 * one diagnostic at a time as an editor does (the diagnostics carry no fixes: codeActions.ts).
 */
export async function fromServer(client: LspClient, uri: string, ds: Diagnostic[]): Promise<Shaped[]> {
  const fixes = await Promise.all(ds.map((d) => quickFixesOf(client, uri, d)));
  return ds.map((d, i) => ({
    code: d.code,
    severity: SEVERITY[d.severity ?? 0]!,
    message: d.message,
    range: d.range,
    related: (d.relatedInformation ?? []).map((r) => ({
      uri: r.location.uri,
      range: r.location.range,
      message: r.message,
    })),
    fixes: fixes[i]!,
  }));
}

async function quickFixesOf(client: LspClient, uri: string, d: Diagnostic): Promise<ShapedFix[]> {
  const actions = (await client.conn.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: d.range,
    context: { diagnostics: [d] },
  })) as Array<{ title: string; edit?: { changes: Record<string, Array<{ range: unknown; newText: string }>> } }>;
  // The ledger's commands (no edit) are not quick fixes.
  return actions.flatMap((a) =>
    a.edit ? a.edit.changes[uri]!.map((e) => ({ title: a.title, range: e.range, newText: e.newText })) : [],
  );
}

/** The order the server offers a diagnostic's fixes in: specific corrections, then sources, then placeholders. */
const RANK: Record<string, number> = { specific: 0, source: 1, placeholder: 2 };

interface CliFix {
  title: string;
  start: number;
  end: number;
  newText: string;
  basis?: string;
}

interface CliDiagnostic {
  code: string;
  severity: string;
  message: string;
  range: unknown;
  related: Array<{ file: string; title: string; start: number; end: number; excerpt: string }>;
  fixes: CliFix[];
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
  const article = lineStarts(readFileSync(resolve(root, file), 'utf8'));
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
    // As an editor gets them: ordered by basis (a stable sort), each an edit of a range.
    fixes: d.fixes
      .map((fx, i) => ({ fx, i }))
      .sort((a, b) => (RANK[a.fx.basis ?? 'specific'] ?? 1) - (RANK[b.fx.basis ?? 'specific'] ?? 1) || a.i - b.i)
      .map(({ fx }) => ({
        title: fx.title,
        range: { start: positionAt(article, fx.start), end: positionAt(article, fx.end) },
        newText: fx.newText,
      })) satisfies ShapedFix[],
  }));
}
