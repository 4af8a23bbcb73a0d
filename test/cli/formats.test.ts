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

test('text: grouped under a file header, no colour codes unless asked', () => {
  const plain = formatText(sampleReports(), false);
  assert.ok(!plain.includes('\x1b['));
  const lines = plain.split('\n');
  assert.equal(lines[0], 'news/levy, final:v2.md');
  assert.match(lines[1]!, /^ {2}1:27 +error +The references give the levy as 10%, not 12%\. number-mismatch$/);
  assert.match(lines[2]!, /↳ refs\/minutes\.md:3: “a levy of 10% was approved/);
  assert.ok(!plain.includes('news/clean.md'), 'clean files are not listed');
  assert.match(lines.at(-2)!, /^2 files checked: 1 error, 1 warning, 1 info, 1 hint; 1 file could not be read$/);
  assert.ok(formatText(sampleReports(), true).includes('\x1b[31merror'));
});

test('text: no colour through a pipe, colour on a TTY, NO_COLOR and --no-color win', async () => {
  const piped = await runCli(['check', 'articles'], { cwd: NEWSROOM });
  assert.ok(!piped.out.includes('\x1b['));
  const tty = await runCli(['check', 'articles'], { cwd: NEWSROOM, isTTY: true });
  assert.ok(tty.out.includes('\x1b['));
  assert.ok(!(await runCli(['check', 'articles'], { cwd: NEWSROOM, isTTY: true, env: { NO_COLOR: '1' } })).out.includes('\x1b['));
  assert.ok(!(await runCli(['check', '--no-color', 'articles'], { cwd: NEWSROOM, isTTY: true })).out.includes('\x1b['));
  assert.ok((await runCli(['check', '--color', 'articles'], { cwd: NEWSROOM })).out.includes('\x1b['));
});

test('json: the eval contract (files[].file, diagnostics with code/severity/message/start/end/range/related)', () => {
  const doc = JSON.parse(formatJson(sampleReports()));
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
  assert.match(lines[0]!, /^::error file=news\/levy%2C final%3Av2\.md,line=1,col=27,endLine=1,endColumn=30,title=copydesk number-mismatch::The references give the levy as 10%25, not 12%25\.%0AReference: refs\/minutes\.md:3: /);
  assert.match(lines[1]!, /^::warning .*::Vague attribution \("Officials say"\): name who says so, 100%25, a:b$/);
  assert.match(lines[2]!, /^::notice /);
  assert.match(lines[4]!, /^::error file=news\/broken\.md,title=copydesk%3A file not checked::/);
});

test('junit: well-formed, counts, escaped text, control characters dropped', () => {
  assert.equal(xmlEscape('a<b>&"\'\u0001\u0007z\uD800'), 'a&lt;b&gt;&amp;&quot;&apos;z\uFFFD');
  const xml = formatJunit(sampleReports(), ctx);
  assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="copydesk" tests="6" failures="4" errors="1">/);
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
