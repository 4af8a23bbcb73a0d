// The core must stay pure: no vscode, no LSP, no fs, no process. Everything it needs comes in as arguments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FORBIDDEN =
  /from\s+['"](vscode|vscode-languageserver[^'"]*|vscode-languageclient[^'"]*|(node:)?(fs|fs\/promises|child_process|net|http|https))['"]|require\(\s*['"](vscode|(node:)?fs)['"]\s*\)|\bprocess\.(env|cwd|argv|stdout|exit)/;

function* sources(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* sources(p);
    else if (/\.(ts|js|mjs)$/.test(e.name)) yield p;
  }
}

test('core/ imports no vscode, LSP, fs or process state', () => {
  const offenders: string[] = [];
  for (const file of sources('core')) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (FORBIDDEN.test(line)) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
      });
  }
  assert.deepEqual(offenders, []);
});

test('the purity rule itself catches a forbidden import', () => {
  assert.ok(FORBIDDEN.test(`import { readFileSync } from 'node:fs';`));
  assert.ok(FORBIDDEN.test(`import * as vscode from 'vscode';`));
  assert.ok(!FORBIDDEN.test(`import { tokenize } from './text/tokenize';`));
});
