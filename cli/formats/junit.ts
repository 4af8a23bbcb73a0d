// JUnit XML for CI systems that only show test reports (GitLab, Jenkins, Azure): one suite per article, one test case
// per finding (failed), a passing case for a clean article, an <error> for a file that could not be read.
import { flaggedText, formatAll, locate, partOf, partTotals, portablePath, type FileReport, type Format, type FormatContext } from './shared';

/** Escapes for XML 1.0 text and attributes, dropping the control characters XML cannot carry at all. */
export function xmlEscape(s: string): string {
  return s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export const junitFormat: Format<string> = {
  part(r, _i, ctx) {
    const out: string[] = [];
    const file = xmlEscape(portablePath(r.file, ctx.cwd));
    if (r.error) {
      out.push(`  <testsuite name="${file}" tests="1" failures="0" errors="1">`);
      out.push(`    <testcase classname="${file}" name="read ${file}"><error message="${xmlEscape(r.error)}"/></testcase>`);
      out.push('  </testsuite>');
      return partOf(r, out.join('\n') + '\n');
    }
    const found = locate(r);
    out.push(`  <testsuite name="${file}" tests="${Math.max(1, found.length)}" failures="${found.length}" errors="0">`);
    if (!found.length) out.push(`    <testcase classname="${file}" name="${file}"/>`);
    for (const f of found) {
      const where = `${f.range.start.line + 1}:${f.range.start.character + 1}`;
      const body = [`${f.severity}: ${f.message}`, `at ${portablePath(r.file, ctx.cwd)}:${where}`, `text: ${flaggedText(r, f)}`];
      for (const e of f.related) body.push(`reference ${portablePath(e.ref, ctx.cwd)}:${e.line + 1}: ${e.excerpt}`);
      out.push(`    <testcase classname="${file}" name="${xmlEscape(`${f.code} at ${where}`)}">`);
      out.push(`      <failure type="${xmlEscape(f.code)}" message="${xmlEscape(`${f.severity}: ${f.message}`)}">${xmlEscape(body.join('\n'))}</failure>`);
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
    return partOf(r, out.join('\n') + '\n');
  },
  finish(parts) {
    const t = partTotals(parts);
    const failures = t.errors + t.warnings + t.infos + t.hints;
    const cases = parts.reduce((n, p) => n + (p.failed ? 1 : Math.max(1, p.findings)), 0);
    return [
      '<?xml version="1.0" encoding="UTF-8"?>\n',
      `<testsuites name="copydesk" tests="${cases}" failures="${failures}" errors="${t.failedFiles}">\n`,
      ...parts.map((p) => p.out),
      '</testsuites>\n',
    ].join('');
  },
};

export function formatJunit(reports: FileReport[], ctx: FormatContext): string {
  return formatAll(junitFormat, reports, ctx);
}
