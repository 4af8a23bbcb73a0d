// SARIF 2.1.0 for GitHub code scanning and other dashboards: one run, rule metadata from FINDING_CODES, evidence in
// reference articles as relatedLocations, and partialFingerprints that do not depend on line numbers, so a finding
// keeps its identity (and its "dismissed" state) when paragraphs are added above it.
import { FINDING_CODES, type Severity } from '../../core/index';
import {
  fingerprints,
  locate,
  portablePath,
  type FileReport,
  type FormatContext,
  type Located,
  flaggedText,
} from './shared';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  hint: 'note',
};

export const FINGERPRINT_KEY = 'copydeskFinding/v1';

export function formatSarif(reports: FileReport[], ctx: FormatContext): string {
  const { ruleIds, rules } = sarifRules(reports, ctx);
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const artifacts = new Artifacts();
  const results: unknown[] = [];
  const notifications: unknown[] = [];
  for (const r of reports) {
    const uri = encodeUri(portablePath(r.file, ctx.cwd));
    if (r.error) {
      notifications.push({
        level: 'error',
        message: { text: r.error },
        locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' } } }],
      });
      continue;
    }
    const file = { report: r, uri, index: artifacts.indexOf(uri, 'analysisTarget') };
    const prints = fingerprints(r);
    locate(r).forEach((f, k) =>
      results.push(sarifResult(f, file, { ruleIndex: ruleIndex.get(f.code), print: prints[k]!, artifacts, ctx })),
    );
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Copydesk',
            semanticVersion: semver(ctx.version),
            ...(ctx.repositoryUrl ? { informationUri: ctx.repositoryUrl } : {}),
            rules,
          },
        },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        // GitHub code scanning keeps one set of results per category: each shard must be its own, or the last upload
        // would close every finding the other shards reported.
        ...(ctx.shard ? { automationDetails: { id: `copydesk/shard-${ctx.shard.index}-of-${ctx.shard.count}/` } } : {}),
        originalUriBaseIds: { '%SRCROOT%': { uri: dirUri(ctx.cwd) } },
        artifacts: artifacts.list,
        // LSP and the JSON format count UTF-16 code units; saying so keeps columns right on lines with emoji.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** One rule per finding code, in FINDING_CODES order; codes added to the core later still get an entry, not a dangling ruleId. */
function sarifRules(reports: FileReport[], ctx: FormatContext) {
  const codes = Object.keys(FINDING_CODES) as Array<keyof typeof FINDING_CODES>;
  const extra = new Set<string>();
  for (const r of reports) for (const f of r.result?.findings ?? []) if (!(f.code in FINDING_CODES)) extra.add(f.code);
  const ruleIds = [...codes, ...[...extra].sort()];
  const rules = ruleIds.map((id) => {
    const meta = (FINDING_CODES as Record<string, { severity: string; description: string }>)[id];
    const sev = meta?.severity ?? 'warning';
    return {
      id,
      name: id.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase()),
      shortDescription: { text: meta?.description ?? id },
      fullDescription: { text: meta?.description ?? id },
      // The README's entry for the code, in the public repository package.json names; none without one.
      ...(ctx.repositoryUrl ? { helpUri: `${ctx.repositoryUrl}#${id}` } : {}),
      help: { text: meta?.description ?? id },
      defaultConfiguration:
        sev === 'off' ? { enabled: false, level: 'none' } : { level: LEVEL[sev as Severity] ?? 'warning' },
      properties: { tags: ['copydesk', 'journalism'] },
    };
  });
  return { ruleIds, rules };
}

/** The run's files, each listed once: results point at them by index. */
class Artifacts {
  readonly list: Array<{ location: { uri: string; uriBaseId: string }; roles?: string[] }> = [];
  private readonly index = new Map<string, number>();

  indexOf(uri: string, role: string): number {
    let i = this.index.get(uri);
    if (i === undefined) {
      i = this.list.length;
      this.list.push({ location: { uri, uriBaseId: '%SRCROOT%' }, roles: [role] });
      this.index.set(uri, i);
    }
    return i;
  }
}

/** One finding: where it is, the evidence in the references, a fingerprint that survives moved lines, its fixes. */
function sarifResult(
  f: Located,
  file: { report: FileReport; uri: string; index: number },
  x: { ruleIndex: number | undefined; print: string; artifacts: Artifacts; ctx: FormatContext },
) {
  const { uri } = file;
  return {
    ruleId: f.code,
    ruleIndex: x.ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri, uriBaseId: '%SRCROOT%', index: file.index },
          region: {
            startLine: f.range.start.line + 1,
            startColumn: f.range.start.character + 1,
            endLine: f.range.end.line + 1,
            endColumn: f.range.end.character + 1,
            charOffset: f.start,
            charLength: f.end - f.start,
            snippet: { text: flaggedText(file.report, f) },
          },
        },
      },
    ],
    ...(f.related.length
      ? {
          relatedLocations: f.related.map((e, id) => {
            const refUri = encodeUri(portablePath(e.ref, x.ctx.cwd));
            return {
              id,
              message: { text: `${e.title}: “${e.excerpt}”` },
              physicalLocation: {
                artifactLocation: {
                  uri: refUri,
                  uriBaseId: '%SRCROOT%',
                  index: x.artifacts.indexOf(refUri, 'referencedOnCommandLine'),
                },
                region: {
                  startLine: e.line + 1,
                  charOffset: e.start,
                  charLength: e.end - e.start,
                  snippet: { text: e.excerpt },
                },
              },
            };
          }),
        }
      : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: x.print },
    ...(f.fixes.length
      ? {
          fixes: f.fixes.map((fix) => ({
            description: { text: fix.title },
            artifactChanges: [
              {
                artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
                replacements: [
                  {
                    deletedRegion: { charOffset: fix.start, charLength: fix.end - fix.start },
                    insertedContent: { text: fix.newText },
                  },
                ],
              },
            ],
          })),
        }
      : {}),
  };
}

function semver(v: string): string {
  return /^\d+\.\d+\.\d+/.test(v) ? v : '0.0.0';
}

function encodeUri(rel: string): string {
  return rel.split('/').map(encodeURIComponent).join('/');
}

function dirUri(dir: string): string {
  const p = dir.replace(/\\/g, '/');
  return (
    'file://' +
    (p.startsWith('/') ? '' : '/') +
    p.split('/').map(encodeURIComponent).join('/') +
    (p.endsWith('/') ? '' : '/')
  );
}
