// A self-contained HTML report: each article with its entities, numbers, quotes and flagged passages highlighted,
// and beside it the findings with the reference passages they rest on. No script at all, and a Content-Security-Policy
// that forbids scripts, images and fetches, so even a mistake in escaping could not run what an article contains.
import type { Severity } from '../../core/index';
import { locate, portablePath, totals, type FileReport, type FormatContext, type Located, flaggedText } from './shared';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;',
  );
}

interface Mark {
  start: number;
  end: number;
  cls: string;
  title?: string;
  /** Index of the finding, to link the passage to its card. */
  finding?: number;
}

const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none'; base-uri 'none'; form-action 'none'";

const STYLE = `
:root{--err:#c62828;--warn:#ef8f00;--info:#1e78c8;--hint:#7a7a7a;--bg:#fbfaf7;--ink:#1d1d1f}
*{box-sizing:border-box}body{margin:0;font:15px/1.55 Georgia,'Times New Roman',serif;color:var(--ink);background:var(--bg)}
header.top{padding:16px 24px;background:#1d1d1f;color:#fff;font-family:system-ui,sans-serif}
header.top h1{margin:0 0 6px;font-size:20px}.legend{display:inline-block;margin-top:6px;padding:2px 8px;border-radius:4px;background:#fbfaf7;color:#1d1d1f}.legend span{margin-right:14px;font-size:13px}
nav{padding:8px 24px;font-family:system-ui,sans-serif;font-size:13px;border-bottom:1px solid #ddd}nav a{margin-right:14px}
section.file{padding:12px 24px 28px;border-bottom:1px solid #ddd}section.file h2{font-family:system-ui,sans-serif;font-size:16px;margin:8px 0}
.cols{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:24px;align-items:start}
.article{white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;padding:16px 20px;border:1px solid #e4e2dc;border-radius:6px}
.findings{font-family:system-ui,sans-serif;font-size:13px;position:sticky;top:0;max-height:100vh;overflow:auto}
.findings ol{list-style:none;margin:0;padding:0}.card{background:#fff;border:1px solid #e4e2dc;border-left:4px solid var(--hint);border-radius:6px;padding:8px 10px;margin-bottom:8px}
.card:target{outline:3px solid #ffd54f}.card.sev-error{border-left-color:var(--err)}.card.sev-warning{border-left-color:var(--warn)}.card.sev-info{border-left-color:var(--info)}
.card .code{color:#666;font-family:ui-monospace,monospace;font-size:12px}.card q{display:block;margin:4px 0;color:#333;font-style:italic}
.evidence{margin:6px 0 0;padding:6px 8px;background:#f4f7fb;border-left:3px solid #9bb7d4;font-family:Georgia,serif}.evidence .src{display:block;font-family:system-ui,sans-serif;font-size:11px;color:#555}
.ent{border-bottom:2px solid #8e7cc3}.ent-PERSON{background:#efe9fb}.ent-ORG{background:#e6f1fb}.ent-PLACE{background:#e7f6ec}.ent-MISC{background:#f3f3f3}
.num{background:#fff3c4;border-bottom:2px solid #e0b000}.quote{color:#5b2c83}
.flag{text-decoration:underline wavy;text-decoration-thickness:1px;text-underline-offset:3px;color:inherit}
.flag.sev-error{text-decoration-color:var(--err);background:#fdecea}.flag.sev-warning{text-decoration-color:var(--warn)}.flag.sev-info{text-decoration-color:var(--info)}.flag.sev-hint{text-decoration-color:var(--hint)}
a.flag{color:inherit}sup.badge{font:bold 10px system-ui,sans-serif;padding:0 4px;border-radius:8px;color:#fff;background:var(--hint);margin-right:1px}
sup.badge.sev-error{background:var(--err)}sup.badge.sev-warning{background:var(--warn)}sup.badge.sev-info{background:var(--info)}sup.badge a{color:#fff;text-decoration:none}
.claim-corroborated{box-shadow:inset 0 -3px 0 #43a047}.claim-conflicting{box-shadow:inset 0 -3px 0 var(--err)}
.claim-verified{box-shadow:inset 0 -3px 0 #1b5e20;outline:1px dotted #1b5e20}.claim-disputed{box-shadow:inset 0 -3px 0 #8e24aa}
.ledger{margin:8px 0 0;font-family:system-ui,sans-serif;font-size:13px}.ledger li{margin:2px 0}
.error-file{color:var(--err);font-family:system-ui,sans-serif}.clean{color:#2e7d32;font-family:system-ui,sans-serif}
@media (max-width:900px){.cols{grid-template-columns:1fr}.findings{position:static;max-height:none}}
`;

export function formatHtml(reports: FileReport[], ctx: FormatContext): string {
  const t = totals(reports);
  const out: string[] = [];
  out.push('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">');
  out.push(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`);
  out.push(
    '<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="referrer" content="no-referrer">',
  );
  out.push(`<title>Copydesk report</title><style>${STYLE}</style></head><body>`);
  out.push('<header class="top"><h1>Copydesk report</h1>');
  out.push(
    `<div>${reports.length} file(s): ${t.errors} error(s), ${t.warnings} warning(s), ${t.infos + t.hints} note(s)${t.failedFiles ? `, ${t.failedFiles} not readable` : ''} · copydesk ${escapeHtml(ctx.version)}</div>`,
  );
  out.push(
    '<div class="legend"><span class="ent ent-PERSON">person</span> <span class="ent ent-ORG">organisation</span> <span class="ent ent-PLACE">place</span> <span class="num">number / date</span> <span class="quote">“quote”</span> <span class="claim-verified">verified</span> <span class="claim-disputed">disputed</span> <span class="flag sev-error">error</span> <span class="flag sev-warning">warning</span> <span class="flag sev-info">note</span></div></header>',
  );
  if (reports.length > 1) {
    out.push('<nav>');
    reports.forEach((r, i) =>
      out.push(
        `<a href="#file-${i}">${escapeHtml(portablePath(r.file, ctx.cwd))} (${r.error ? '!' : (r.result?.findings.length ?? 0)})</a>`,
      ),
    );
    out.push('</nav>');
  }
  reports.forEach((r, i) => out.push(fileSection(r, i, ctx)));
  out.push('</body></html>');
  return out.join('\n') + '\n';
}

function fileSection(r: FileReport, i: number, ctx: FormatContext): string {
  const name = escapeHtml(portablePath(r.file, ctx.cwd));
  if (r.error || !r.result)
    return `<section class="file" id="file-${i}"><h2>${name}</h2><p class="error-file">Not checked: ${escapeHtml(r.error ?? 'no result')}</p></section>`;
  const found = locate(r);
  const id = (k: number) => `f${i}-${k}`;
  const cards = found.map((f, k) => card(r, f, id(k), ctx));
  return [
    `<section class="file" id="file-${i}"><h2>${name}</h2>`,
    '<div class="cols">',
    `<div class="article">${highlight(r, found, id)}</div>`,
    `<aside class="findings">${found.length ? `<ol>${cards.join('')}</ol>` : '<p class="clean">Nothing to flag.</p>'}${ledgerList(r)}</aside>`,
    '</div></section>',
  ].join('\n');
}

/** The claims the verification ledger speaks for in this article: who verified or disputed what, and when. */
function ledgerList(r: FileReport): string {
  const marked = r.result!.claims.filter((c) => c.ledger);
  if (!marked.length) return '';
  const items = marked.map(
    (c) =>
      `<li class="claim-${escapeHtml(c.status)}"><strong>${escapeHtml(c.ledger!.verdict)}</strong> “${escapeHtml(c.text)}” by ${escapeHtml(c.ledger!.by)} on ${escapeHtml(c.ledger!.date)}${c.ledger!.note ? `: ${escapeHtml(c.ledger!.note)}` : ''}${c.status === 'conflicting' ? ' — a reference now disagrees' : ''}</li>`,
  );
  return `<div class="ledger"><strong>Verification ledger</strong><ul>${items.join('')}</ul></div>`;
}

function card(r: FileReport, f: Located, id: string, ctx: FormatContext): string {
  const k = Number(id.split('-')[1]) + 1;
  const evidence = f.related
    .slice(0, 5)
    .map(
      (e) =>
        `<blockquote class="evidence"><span class="src">${escapeHtml(e.title)} — ${escapeHtml(portablePath(e.ref, ctx.cwd))}:${e.line + 1}</span>${escapeHtml(e.excerpt)}</blockquote>`,
    )
    .join('');
  const passage = flaggedText(r, f);
  return (
    `<li class="card sev-${f.severity}" id="${id}"><a href="#t-${id}"><sup class="badge sev-${f.severity}">${k}</sup></a> ` +
    `<strong>${escapeHtml(f.severity)}</strong> <span class="code">${escapeHtml(f.code)} · line ${f.range.start.line + 1}</span>` +
    `<div>${escapeHtml(f.message)}</div>` +
    (passage.trim() ? `<q>${escapeHtml(passage.length > 300 ? passage.slice(0, 299) + '…' : passage)}</q>` : '') +
    evidence +
    '</li>'
  );
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/** Splits the text at every mark boundary and wraps each piece in the classes of the marks that cover it. */
function highlight(r: FileReport, found: Located[], id: (k: number) => string): string {
  const a = r.result!.annotations;
  const marks: Mark[] = [];
  for (const e of a.entities)
    marks.push({
      start: e.start,
      end: e.end,
      cls: `ent ent-${e.type}`,
      title: `${e.type}${e.canonical !== e.text ? `: ${e.canonical}` : ''}`,
    });
  for (const q of a.quantities)
    marks.push({
      start: q.start,
      end: q.end,
      cls: 'num',
      title: `${q.kind}${q.date?.iso ? ` ${q.date.iso}` : q.value !== undefined ? ` = ${q.value}${q.unit ? ` ${q.unit}` : ''}` : ''}`,
    });
  for (const q of a.quotes)
    marks.push({ start: q.start, end: q.end, cls: 'quote', title: q.speaker ? `quote: ${q.speaker}` : 'quote' });
  for (const c of r.result!.claims) {
    if (c.status === 'unverified' && !c.ledger) continue;
    const record = c.ledger
      ? ` — ${c.ledger.verdict} by ${c.ledger.by} on ${c.ledger.date}${c.ledger.note ? `: ${c.ledger.note}` : ''}`
      : '';
    marks.push({ start: c.start, end: c.end, cls: `claim-${c.status}`, title: `${c.kind} ${c.status}${record}` });
  }
  found.forEach((f, k) =>
    marks.push({
      start: f.start,
      end: Math.max(f.end, f.start),
      cls: `flag sev-${f.severity}`,
      title: `${f.code}: ${f.message}`,
      finding: k,
    }),
  );
  const text = r.text;
  const valid = marks.filter((m) => m.start >= 0 && m.end <= text.length && m.start <= m.end);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((x, y) => x - y);
  const byStart = [...valid].sort((x, y) => x.start - y.start);
  const active: Mark[] = [];
  const out: string[] = [];
  let next = 0;
  for (let p = 0; p < points.length - 1; p++) {
    const from = points[p]!;
    const to = points[p + 1]!;
    for (let i = active.length - 1; i >= 0; i--) if (active[i]!.end <= from) active.splice(i, 1);
    while (next < byStart.length && byStart[next]!.start <= from) {
      const m = byStart[next++]!;
      if (m.finding !== undefined && m.start === from) {
        const f = found[m.finding]!;
        out.push(
          `<sup class="badge sev-${f.severity}" id="t-${id(m.finding)}"><a href="#${id(m.finding)}">${m.finding + 1}</a></sup>`,
        );
      }
      if (m.end > from) active.push(m);
    }
    const piece = escapeHtml(text.slice(from, to));
    if (!active.length) {
      out.push(piece);
      continue;
    }
    const flags = active
      .filter((m) => m.finding !== undefined)
      .sort((x, y) => SEVERITY_RANK[found[x.finding!]!.severity] - SEVERITY_RANK[found[y.finding!]!.severity]);
    const others = active.filter((m) => m.finding === undefined);
    const classes = [
      ...new Set([...others.map((m) => m.cls), ...(flags[0] ? [flags[0].cls] : [])].join(' ').split(' ')),
    ].join(' ');
    const title = escapeHtml(
      active
        .map((m) => m.title)
        .filter(Boolean)
        .join(' · '),
    );
    out.push(
      flags[0]
        ? `<a class="${classes}" href="#${id(flags[0].finding!)}" title="${title}">${piece}</a>`
        : `<span class="${classes}" title="${title}">${piece}</span>`,
    );
  }
  return out.join('');
}
