// schemas/copydesk.schema.json (what VS Code validates .copydesk.json against) agrees with the parser the CLI and the
// server use, and knows every finding code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import { FINDING_CODES } from '../../core/index';
import { parseConfig, ConfigError, jsonErrorLine } from '../../host/configFile';
import { NEWSROOM } from './helpers';

const schema = JSON.parse(readFileSync(resolve(__dirname, '../../schemas/copydesk.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

test('the schema documents every finding code with its default severity', () => {
  const props = schema.properties.severity.properties;
  for (const [code, meta] of Object.entries(FINDING_CODES)) {
    assert.ok(props[code], `schema lacks ${code}`);
    assert.match(props[code].description, new RegExp(`Default: ${meta.severity}\\.$`), `${code}: default changed in core/config.ts; update schemas/copydesk.schema.json`);
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
  const ok = { $schema: './schemas/copydesk.schema.json', references: ['refs', 'wires/**/*.md'], severity: { 'number-mismatch': 'warning', 'unverified-claim': 'off', 'future-code': 'hint' }, articleDate: '2025-02-12', reportUnverified: false };
  assert.ok(validate(ok), JSON.stringify(validate.errors));
  assert.doesNotThrow(() => parseConfig('c.json', JSON.stringify(ok)));
  assert.equal(validate({ refrences: [] }), false);
  const warnings: string[] = [];
  parseConfig('c.json', '{\n  "refrences": []\n}', warnings);
  assert.deepEqual(warnings, ['c.json:2: unknown key "refrences" ignored']);
});

test('JSON syntax errors name the line', () => {
  const text = '{\n  "references": ["a"],\n  "severity": {\n    "x": "off",\n  }\n}';
  try {
    parseConfig('c.json', text);
    assert.fail('accepted trailing comma');
  } catch (e) {
    assert.ok(e instanceof ConfigError);
    assert.equal(e.line, 5);
    assert.match(e.message, /^c\.json:5: invalid config: /);
  }
  assert.equal(jsonErrorLine('{\n\n', 'Unexpected end of JSON input'), 3);
  assert.equal(jsonErrorLine('{\n"a" 1}', `Expected ':' after property name in JSON at position 6 (line 2 column 5)`), 2);
  assert.throws(() => parseConfig('c.json', '\uFEFF[1]'), /c\.json:1: invalid config: expected a JSON object/);
});
