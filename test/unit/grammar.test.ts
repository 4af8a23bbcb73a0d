// The TextMate grammar, run by the same engine VS Code uses (vscode-textmate + oniguruma).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

const require_ = createRequire(__filename);

async function loadGrammar(): Promise<vsctm.IGrammar> {
  const wasm = readFileSync(require_.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (p) => new oniguruma.OnigScanner(p),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async () =>
      vsctm.parseRawGrammar(readFileSync('syntaxes/article.tmLanguage.json', 'utf8'), 'article.tmLanguage.json'),
  });
  const g = await registry.loadGrammar('text.article');
  assert.ok(g);
  return g;
}

function scopesOf(grammar: vsctm.IGrammar, lines: string[]): Array<{ text: string; scopes: string[] }> {
  let stack = vsctm.INITIAL;
  const out: Array<{ text: string; scopes: string[] }> = [];
  for (const line of lines) {
    const r = grammar.tokenizeLine(line, stack);
    for (const t of r.tokens) out.push({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    stack = r.ruleStack;
  }
  return out;
}

const has = (toks: Array<{ text: string; scopes: string[] }>, text: string, scope: string) =>
  toks.some((t) => t.text.includes(text) && t.scopes.some((s) => s.startsWith(scope)));

test('grammar scopes headline, quotes, money, percentages, dates and attribution verbs', async () => {
  const g = await loadGrammar();
  const toks = scopesOf(g, [
    'Port authority doubles its harbour budget',
    '',
    'The council approved $4.5 million on Feb. 3, a rise of 12% on last year, the mayor said on Monday.',
    '“We will finish the quay by June 30,” Harbour Master Ana Ruiz told reporters.',
    'A "straight quote" also counts, according to the style guide.',
    '<!-- copydesk-disable-next-line vague-attribution -->',
  ]);
  assert.ok(has(toks, 'Port authority doubles', 'markup.heading'));
  assert.ok(has(toks, '$4.5 million', 'constant.numeric.money'));
  assert.ok(has(toks, '12%', 'constant.numeric.percentage'));
  assert.ok(has(toks, 'Feb. 3', 'constant.other.date'));
  assert.ok(has(toks, 'Monday', 'constant.other.date'));
  assert.ok(has(toks, 'said', 'keyword.other.attribution'));
  assert.ok(has(toks, 'told', 'keyword.other.attribution'));
  assert.ok(has(toks, 'according to', 'keyword.other.attribution'));
  assert.ok(has(toks, 'We will finish', 'string.quoted.double.curly'));
  assert.ok(has(toks, 'June 30', 'constant.other.date'), 'dates are found inside quotes too');
  assert.ok(has(toks, 'straight quote', 'string.quoted.double.straight'));
  assert.ok(has(toks, 'copydesk-disable-next-line', 'comment.block.directive'));
  assert.ok(!has(toks, 'The council approved', 'markup.heading'), 'only the first line is the headline');
});
