// schemas/copydesk.schema.json (what VS Code validates .copydesk.json against) agrees with the parser the CLI and the
// server use, and knows every finding code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import { FINDING_CODES } from '../../core/index';
import { parseConfig, ConfigError } from '../../host/configFile';
import { NEWSROOM } from './helpers';

const schema = JSON.parse(readFileSync(resolve(__dirname, '../../schemas/copydesk.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

test('the schema documents every finding code with its default severity', () => {
  const props = schema.properties.severity.properties;
  for (const [code, meta] of Object.entries(FINDING_CODES)) {
    assert.ok(props[code], `schema lacks ${code}`);
    assert.match(
      props[code].description,
      new RegExp(`Default: ${meta.severity}\\.$`),
      `${code}: default changed in core/config.ts; update schemas/copydesk.schema.json`,
    );
  }
  assert.deepEqual(schema.properties.severity.propertyNames.anyOf[0].enum, Object.keys(FINDING_CODES));
});

test('the fixture config is valid by both', () => {
  const file = join(NEWSROOM, '.copydesk.json');
  const text = readFileSync(file, 'utf8');
  assert.ok(validate(JSON.parse(text)), JSON.stringify(validate.errors));
  assert.deepEqual(parseConfig(file, text).references, ['refs']);
});

const cases: Array<[string, unknown]> = [
  ['references not an array', { references: 'refs' }],
  ['reference not a string', { references: [1] }],
  ['unknown level', { severity: { 'vague-attribution': 'loud' } }],
  ['severity not an object', { severity: ['error'] }],
  ['bad date', { articleDate: '12/02/2025' }],
  ['reportUnverified not boolean', { reportUnverified: 'yes' }],
];

for (const [name, config] of cases) {
  test(`both reject: ${name}`, () => {
    assert.equal(validate(config), false, 'schema accepts it');
    assert.throws(() => parseConfig('c.json', JSON.stringify(config, null, 2)), ConfigError);
  });
}

test('both accept a full valid config; an unknown key is a schema error but only a parser warning', () => {
  const ok = {
    $schema: './schemas/copydesk.schema.json',
    references: ['refs', 'wires/**/*.md'],
    severity: { 'number-mismatch': 'warning', 'unverified-claim': 'off', 'future-code': 'hint' },
    articleDate: '2025-02-12',
    reportUnverified: false,
  };
  assert.ok(validate(ok), JSON.stringify(validate.errors));
  assert.doesNotThrow(() => parseConfig('c.json', JSON.stringify(ok)));
  assert.equal(validate({ refrences: [] }), false);
  const warnings: string[] = [];
  parseConfig('c.json', '{\n  "refrences": []\n}', warnings);
  assert.deepEqual(warnings, ['c.json:2: unknown key "refrences" ignored']);
});

test('.copydesk.json is JSON with comments and trailing commas; syntax errors name the line, never the text', () => {
  // As VS Code edits it: comments, trailing commas, a BOM.
  const jsonc =
    '\uFEFF{\n  // the wires we trust\n  "references": ["refs", /* and the archive */ "archive",],\n  "severity": {\n    "vague-attribution": "error", // house rule\n  },\n}\n';
  assert.deepEqual(JSON.parse(JSON.stringify(parseConfig('c.json', jsonc))), {
    references: ['refs', 'archive'],
    severity: { 'vague-attribution': 'error' },
  });
  const broken = '{\n  "references": ["a"]\n  "severity": {}\n}';
  try {
    parseConfig('c.json', broken);
    assert.fail('accepted a missing comma');
  } catch (e) {
    assert.ok(e instanceof ConfigError);
    assert.equal(e.line, 3);
    assert.match(e.message, /^c\.json:3: invalid config: not valid JSON \(comma expected\)$/);
  }
  assert.throws(
    () => parseConfig('c.json', '{\n\n'),
    (e: ConfigError) => e.line === 3 && /not valid JSON/.test(e.message),
  );
  // A secret in a file that is not JSON is never quoted back.
  assert.throws(
    () => parseConfig('c.json', 'AWS_SECRET=abc123'),
    (e: Error) => !/AWS|abc123/.test(e.message),
  );
  // A key named in a comment does not take the blame for the real one's line.
  assert.throws(
    () => parseConfig('c.json', '{\n  // "articleDate": "2025-01-01"\n  "articleDate": "2025-13-45"\n}'),
    /c\.json:3: invalid config: "articleDate"/,
  );
  assert.throws(() => parseConfig('c.json', '\uFEFF[1]'), /c\.json:1: invalid config: expected a JSON object/);
});
