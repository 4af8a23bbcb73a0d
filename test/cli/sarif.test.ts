// SARIF output: valid against the official 2.1.0 schema (vendored, see fixtures/cli/sarif/README.md), rule metadata,
// evidence as relatedLocations, and fingerprints that survive edits above a finding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { FINDING_CODES, check } from '../../core/index';
import { formatSarif, FINGERPRINT_KEY } from '../../cli/formats/sarif';
import type { FileReport } from '../../cli/formats/shared';
import { FIXTURES, NEWSROOM, runCli } from './helpers';
import { ARTICLE, sampleReports, sampleResult } from './sampleReports';

const schema = JSON.parse(readFileSync(join(FIXTURES, 'sarif/sarif-schema-2.1.0.json'), 'utf8'));
// unicodeRegExp off: the official schema's "language" pattern has a stray ']' that only non-Unicode regexps accept.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
const validate = ajv.compile(schema);
const ctx = { color: false, cwd: '/repo', version: '1.2.3' };

function assertValid(log: unknown) {
  const ok = validate(log);
  assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 1));
}

test('the vendored schema rejects an invalid log (the validator is really on)', () => {
  assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), false);
  assert.equal(validate({ version: '9.9', runs: [] }), false);
});

test('SARIF from sample reports validates and carries rules, levels, regions, evidence and notifications', () => {
  const log = JSON.parse(formatSarif(sampleReports(), ctx));
  assertValid(log);
  const run = log.runs[0];
  assert.equal(run.tool.driver.name, 'Copydesk');
  assert.equal(run.tool.driver.semanticVersion, '1.2.3');
  assert.deepEqual(
    run.tool.driver.rules.map((r: { id: string }) => r.id).slice(0, Object.keys(FINDING_CODES).length),
    Object.keys(FINDING_CODES),
  );
  assert.equal(run.columnKind, 'utf16CodeUnits');
  const [mismatch, vague, unverified] = run.results;
  assert.equal(mismatch.ruleId, 'number-mismatch');
  assert.equal(run.tool.driver.rules[mismatch.ruleIndex].id, 'number-mismatch');
  assert.equal(mismatch.level, 'error');
  assert.equal(vague.level, 'warning');
  assert.equal(unverified.level, 'note');
  assert.equal(mismatch.locations[0].physicalLocation.artifactLocation.uri, 'news/levy%2C%20final%3Av2.md');
  const region = mismatch.locations[0].physicalLocation.region;
  assert.deepEqual(
    [region.startLine, region.startColumn, region.endColumn],
    [1, ARTICLE.indexOf('12%') + 1, ARTICLE.indexOf('12%') + 4],
  );
  assert.equal(mismatch.relatedLocations[0].physicalLocation.artifactLocation.uri, 'refs/minutes.md');
  assert.equal(mismatch.relatedLocations[0].physicalLocation.region.startLine, 3);
  assert.match(mismatch.relatedLocations[0].message.text, /10% was approved/);
  assert.equal(mismatch.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, '10%');
  const notes = run.invocations[0].toolExecutionNotifications;
  assert.equal(notes.length, 1);
  assert.match(notes[0].message.text, /not valid UTF-8/);
  assert.equal(run.invocations[0].executionSuccessful, false);
});

test('fingerprints ignore line numbers and whitespace but tell apart different findings and repeats', () => {
  const base = sampleReports()[0]!;
  const prints = (r: FileReport) =>
    JSON.parse(formatSarif([r], ctx)).runs[0].results.map(
      (x: { partialFingerprints: Record<string, string> }) => x.partialFingerprints[FINGERPRINT_KEY],
    );
  const before = prints(base);
  assert.equal(new Set(before).size, before.length);
  // Two new paragraphs above and reflowed spaces: every offset moves, the fingerprints must not.
  const prefix = 'A new first paragraph.\n\nAnd   another one.\n';
  const shifted = { ...base, text: prefix + base.text, result: shiftResult(sampleResult(), prefix.length) };
  assert.deepEqual(prints(shifted), before);
  // The same finding twice in one file gets two distinct fingerprints.
  const twice = {
    ...base,
    result: { ...base.result!, findings: [base.result!.findings[0]!, { ...base.result!.findings[0]! }] },
  };
  const p2 = prints(twice);
  assert.notEqual(p2[0], p2[1]);
  assert.equal(p2[0], before[0]);
});

function shiftResult(r: ReturnType<typeof sampleResult>, by: number) {
  const s = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + by, end: x.end + by });
  return {
    ...r,
    annotations: {
      ...r.annotations,
      sentences: r.annotations.sentences.map(s),
      entities: r.annotations.entities.map(s),
      quantities: r.annotations.quantities.map(s),
      quotes: r.annotations.quotes.map(s),
    },
    findings: r.findings.map((f) => ({ ...s(f), fixes: f.fixes.map(s) })),
    claims: r.claims.map(s),
  };
}

test('a finding code unknown to FINDING_CODES still gets a rule entry', () => {
  const r = sampleReports()[0]!;
  r.result!.findings.push({
    code: 'brand-new-check',
    severity: 'warning',
    message: 'new',
    start: 0,
    end: 6,
    related: [],
    fixes: [],
  });
  const log = JSON.parse(formatSarif([r], ctx));
  assertValid(log);
  const res = log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'brand-new-check');
  assert.equal(log.runs[0].tool.driver.rules[res.ruleIndex].id, 'brand-new-check');
});

test('copydesk check --format sarif on real files validates', async () => {
  const run = await runCli(['check', '--format', 'sarif', 'articles'], { cwd: NEWSROOM });
  const log = JSON.parse(run.out);
  assertValid(log);
  assert.ok(log.runs[0].results.length > 0, 'the fixture has findings');
  for (const r of log.runs[0].results)
    assert.match(r.locations[0].physicalLocation.artifactLocation.uri, /^articles\//);
});

test('a shard gets its own automationDetails id (code scanning category)', async () => {
  const log = JSON.parse(
    (await runCli(['check', '--format', 'sarif', '--shard', '2/3', 'articles'], { cwd: NEWSROOM })).out,
  );
  assertValid(log);
  assert.equal(log.runs[0].automationDetails.id, 'copydesk/shard-2-of-3/');
  assert.equal(JSON.parse(formatSarif([], ctx)).runs[0].automationDetails, undefined);
});

test('results from the core itself (with emoji and CRLF) validate', () => {
  const text = 'Experts say the 😀 plan costs $5 billion.\r\nCritics say it will fail.\r\n';
  const log = JSON.parse(formatSarif([{ file: 'a.md', text, result: check(text) }], ctx));
  assertValid(log);
});
