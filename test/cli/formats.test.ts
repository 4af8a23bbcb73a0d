// Text, JSON, GitHub annotations and JUnit on hand-built reports: grouping, colour, escaping, well-formed output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatText } from '../../cli/formats/text';
import { formatJson } from '../../cli/formats/json';
import { formatGithub, escapeData, escapeProperty } from '../../cli/formats/github';
import { formatJunit, xmlEscape } from '../../cli/formats/junit';
import { NEWSROOM, runCli } from './helpers';
import { ARTICLE, sampleReports } from './sampleReports';

const ctx = { color: false, cwd: process.cwd(), version: '0.0.0' };

test('text: grouped under a file header, the flagged words shown, no colour codes unless asked', () => {
  const plain = formatText(sampleReports(), ctx);
  assert.ok(!plain.includes('\x1b['));
  const lines = plain.split('\n');
  assert.equal(lines[0], 'news/levy, final:v2.md');
  assert.match(lines[1]!, /^ {2}1:27 +error +“12%”: The references give the levy as 10%, not 12%\. number-mismatch$/);
  assert.match(lines[2]!, /↳ refs\/minutes\.md:3: “a levy of 10% was approved/);
  // Long passages are clipped to one short line.
  assert.match(lines[3]!, /warning +“Officials say the levy is the highest in the region, 50% or…”: Vague/);
  assert.ok(!plain.includes('news/clean.md'), 'clean files are not listed');
  assert.match(lines.at(-2)!, /^2 files checked: 1 error, 1 warning, 1 info, 1 hint; 1 file could not be read$/);
  assert.ok(formatText(sampleReports(), { ...ctx, color: true }).includes('\x1b[31merror'));
});

test('text and json: every path relative to the working directory, evidence too', () => {
  const reports = sampleReports();
  reports[0] = {
    ...reports[0]!,
    file: `${process.cwd()}/news/abs.md`,
    result: {
      ...reports[0]!.result!,
      findings: reports[0]!.result!.findings.map((f) => ({
        ...f,
        related: f.related.map((e) => ({ ...e, ref: `${process.cwd()}/refs/minutes.md` })),
      })),
    },
  };
  const text = formatText(reports, ctx);
  assert.ok(!text.includes(process.cwd()), text);
  assert.match(text, /^news\/abs\.md\n/);
  assert.match(text, /↳ refs\/minutes\.md:3:/);
  const json = JSON.parse(formatJson(reports, ctx));
  assert.equal(json.files[0].file, 'news/abs.md');
  assert.equal(json.files[0].diagnostics[0].related[0].file, 'refs/minutes.md');
});

test('text: the summary counts what decides the exit code and says why the run failed', () => {
  const t = { errors: 0, warnings: 3, infos: 0, hints: 0, failedFiles: 0 };
  const out = formatText([], {
    ...ctx,
    run: {
      totals: t,
      hidden: 3,
      warningsFail: true,
      failure: '3 warnings (not shown: --quiet), more than --max-warnings 0',
    },
  });
  assert.match(
    out,
    /0 files checked: 0 errors, 3 warnings \(not shown: --quiet\), 0 info\nFailed: 3 warnings \(not shown: --quiet\), more than --max-warnings 0\.\n$/,
  );
});

test('text: no colour through a pipe, colour on a TTY, NO_COLOR and --no-color win', async () => {
  const piped = await runCli(['check', 'articles'], { cwd: NEWSROOM });
  assert.ok(!piped.out.includes('\x1b['));
  const tty = await runCli(['check', 'articles'], { cwd: NEWSROOM, isTTY: true });
  assert.ok(tty.out.includes('\x1b['));
  assert.ok(
    !(await runCli(['check', 'articles'], { cwd: NEWSROOM, isTTY: true, env: { NO_COLOR: '1' } })).out.includes(
      '\x1b[',
    ),
  );
  assert.ok(!(await runCli(['check', '--no-color', 'articles'], { cwd: NEWSROOM, isTTY: true })).out.includes('\x1b['));
  assert.ok((await runCli(['check', '--color', 'articles'], { cwd: NEWSROOM })).out.includes('\x1b['));
});

test('json: the eval contract (files[].file, diagnostics with code/severity/message/start/end/range/related)', () => {
  const doc = JSON.parse(formatJson(sampleReports(), ctx));
  assert.equal(doc.files.length, 3);
  const d = doc.files[0].diagnostics[0];
  assert.deepEqual(Object.keys(d).slice(0, 6), ['code', 'severity', 'message', 'start', 'end', 'range']);
  assert.equal(ARTICLE.slice(d.start, d.end), '12%');
  assert.deepEqual(d.range.start, { line: 0, character: d.start });
  assert.equal(d.related[0].file, 'refs/minutes.md');
  assert.equal(doc.files[2].error, 'news/broken.md: not valid UTF-8 text, skipped');
});

test('github: escaping of data and properties', () => {
  assert.equal(escapeData('100% done\r\nnext'), '100%25 done%0D%0Anext');
  assert.equal(escapeProperty('a:b,c%\n'), 'a%3Ab%2Cc%25%0A');
});

test('github: one workflow command per finding, severities mapped, nothing can break out of a command', () => {
  const out = formatGithub(sampleReports(), { ...ctx, cwd: process.cwd() });
  const lines = out.trimEnd().split('\n');
  assert.equal(lines.length, 5);
  for (const l of lines) assert.match(l, /^::(error|warning|notice) [^:]*::/);
  assert.match(
    lines[0]!,
    /^::error file=news\/levy%2C final%3Av2\.md,line=1,col=27,endLine=1,endColumn=30,title=copydesk number-mismatch::The references give the levy as 10%25, not 12%25\.%0AReference: refs\/minutes\.md:3: /,
  );
  assert.match(lines[1]!, /^::warning .*::Vague attribution \("Officials say"\): name who says so, 100%25, a:b$/);
  assert.match(lines[2]!, /^::notice /);
  assert.match(lines[4]!, /^::error file=news\/broken\.md,title=copydesk%3A file not checked::/);
});

test('junit: well-formed, counts, escaped text, control characters dropped; only what fails the run fails a case', () => {
  assert.equal(xmlEscape('a<b>&"\'\u0001\u0007z\uD800'), 'a&lt;b&gt;&amp;&quot;&apos;z\uFFFD');
  const xml = formatJunit(sampleReports(), ctx);
  // The error fails; the warning (no --max-warnings), the info and the hint are passing cases that carry the finding.
  assert.match(
    xml,
    /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="copydesk" tests="6" failures="1" errors="1">/,
  );
  assert.equal(xml.match(/<failure /g)?.length, 1);
  assert.equal(xml.match(/<system-out>/g)?.length, 3);
  assert.match(
    xml,
    /<testcase classname="news\/levy, final:v2\.md" name="vague-attribution at 2:1">\n\s*<system-out>warning: Vague/,
  );
  // With --max-warnings exceeded, warnings fail the run and their cases.
  const strict = formatJunit(sampleReports(), {
    ...ctx,
    run: { totals: { errors: 1, warnings: 1, infos: 1, hints: 1, failedFiles: 1 }, hidden: 0, warningsFail: true },
  });
  assert.match(strict, /<testsuites name="copydesk" tests="6" failures="2" errors="1">/);
  assert.equal(strict.match(/<failure /g)?.length, 2);
  assert.ok(!xml.includes('<script>'));
  assert.ok(xml.includes('&lt;script&gt;'));
  assert.match(xml, /<testcase classname="news\/clean\.md" name="news\/clean\.md"\/>/);
  assert.match(xml, /<error message="news\/broken\.md: not valid UTF-8 text, skipped"\/>/);
  assertBalancedXml(xml);
});

/** A small tag-balance check: every element opened is closed in order, attributes are quoted, no raw '<' in text. */
function assertBalancedXml(xml: string) {
  const body = xml.replace(/^<\?xml[^>]*\?>\n/, '');
  const stack: string[] = [];
  const re = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|<|&(?!(amp|lt|gt|quot|apos|#\d+);)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    if (!m[2]) assert.fail(`stray markup character at ${m.index}: ${body.slice(m.index, m.index + 40)}`);
    if (m[4]) continue;
    if (m[1]) assert.equal(stack.pop(), m[2]);
    else stack.push(m[2]);
  }
  assert.deepEqual(stack, []);
}
