// JUnit XML for CI systems that only show test reports (GitLab, Jenkins, Azure): one suite per article, one test case
// per finding, a passing case for a clean article, an <error> for a file that could not be read. Only what fails the
// run fails a case: errors always, warnings when they exceed --max-warnings; infos, hints and warnings within the limit
// are passing cases that carry the finding in <system-out>, so a report of 320 hints is not 320 failures.
import { locate, portablePath, totals, type FileReport, type FormatContext, flaggedText } from './shared';

/** Escapes for XML 1.0 text and attributes, dropping the control characters XML cannot carry at all. */
export function xmlEscape(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function formatJunit(reports: FileReport[], ctx: FormatContext): string {
  const t = totals(reports);
  const warningsFail = ctx.run?.warningsFail ?? false;
  const fails = (severity: string) => severity === 'error' || (severity === 'warning' && warningsFail);
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const failures = t.errors + (warningsFail ? t.warnings : 0);
  const cases = reports.reduce((n, r) => n + Math.max(1, r.result?.findings.length ?? 1), 0);
  out.push(`<testsuites name="copydesk" tests="${cases}" failures="${failures}" errors="${t.failedFiles}">`);
  for (const r of reports) {
    const file = xmlEscape(portablePath(r.file, ctx.cwd));
    if (r.error) {
      out.push(`  <testsuite name="${file}" tests="1" failures="0" errors="1">`);
      out.push(
        `    <testcase classname="${file}" name="read ${file}"><error message="${xmlEscape(r.error)}"/></testcase>`,
      );
      out.push('  </testsuite>');
      continue;
    }
    const found = locate(r);
    out.push(
      `  <testsuite name="${file}" tests="${Math.max(1, found.length)}" failures="${found.filter((f) => fails(f.severity)).length}" errors="0">`,
    );
    if (!found.length) out.push(`    <testcase classname="${file}" name="${file}"/>`);
    for (const f of found) {
      const where = `${f.range.start.line + 1}:${f.range.start.character + 1}`;
      const body = [
        `${f.severity}: ${f.message}`,
        `at ${portablePath(r.file, ctx.cwd)}:${where}`,
        `text: ${flaggedText(r, f)}`,
      ];
      for (const e of f.related) body.push(`reference ${portablePath(e.ref, ctx.cwd)}:${e.line + 1}: ${e.excerpt}`);
      out.push(`    <testcase classname="${file}" name="${xmlEscape(`${f.code} at ${where}`)}">`);
      if (fails(f.severity))
        out.push(
          `      <failure type="${xmlEscape(f.code)}" message="${xmlEscape(`${f.severity}: ${f.message}`)}">${xmlEscape(body.join('\n'))}</failure>`,
        );
      else out.push(`      <system-out>${xmlEscape(body.join('\n'))}</system-out>`);
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}
