// The editor never stays silent about what it checks: a status-bar item for the active article (references indexed,
// findings by kind; click for the output, the settings or .copydesk.json) and, once, a notification when no reference
// articles are configured or the configured ones match no files, with an action that creates or opens .copydesk.json.
import * as vscode from 'vscode';
import * as path from 'node:path';
import { FINDING_KINDS, type StatusParams } from '../../server/src/protocol';

const DONT_ASK = 'copydesk.noReferencesNotice.dismissed';
const TEMPLATE = `${JSON.stringify({ references: ['references'] }, null, 2)}\n`;

export class StatusController implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('copydesk.status', vscode.StatusBarAlignment.Left, 10);
  private readonly byUri = new Map<string, StatusParams>();
  /** Problems already announced this session, so each is said once. */
  private readonly announced = new Set<string>();

  constructor(private readonly context: vscode.ExtensionContext) {
    this.item.name = 'Copydesk';
    this.item.command = 'copydesk.statusMenu';
  }

  dispose(): void {
    this.item.dispose();
  }

  update(p: StatusParams): void {
    this.byUri.set(p.uri, p);
    if (p.uri === vscode.window.activeTextEditor?.document.uri.toString()) this.render();
    void this.announce(p);
  }

  /** Some article's references match no files yet: anything new in the workspace may be what they were waiting for. */
  waitingForReferences(): boolean {
    return [...this.byUri.values()].some(
      (p) => p.references.source !== 'none' && !p.references.indexing && p.references.files === 0,
    );
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  /** The status of the active article, if Copydesk checks it. */
  current(): StatusParams | undefined {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    return uri ? this.byUri.get(uri) : undefined;
  }

  render(): void {
    const p = this.current();
    if (!p) {
      this.item.hide();
      return;
    }
    const r = p.references;
    const found = FINDING_KINDS.map((k) => {
      const n = k.codes.reduce((sum, c) => sum + (p.findings[c] ?? 0), 0);
      return n ? `${n} ${n === 1 ? k.one : k.many}` : '';
    }).filter(Boolean);
    const findings = found.length ? found.join(' · ') : 'no findings';
    let text: string;
    if (r.error) text = `$(error) Copydesk: .copydesk.json is invalid`;
    else if (r.source === 'none') text = `$(warning) Copydesk: no references · ${findings}`;
    else if (r.indexing) text = `$(sync~spin) Copydesk: indexing references…`;
    else if (r.files === 0) text = `$(warning) Copydesk: no reference files found · ${findings}`;
    else text = `$(checklist) Copydesk: ${r.files} ${r.files === 1 ? 'reference' : 'references'} · ${findings}`;
    this.item.text = text;
    this.item.tooltip = tooltip(p);
    this.item.backgroundColor =
      r.error || r.source === 'none' || (!r.indexing && r.files === 0)
        ? new vscode.ThemeColor('statusBarItem.warningBackground')
        : undefined;
    this.item.show();
  }

  /** One notification per problem and session; "Don't Show Again" silences it for this workspace. */
  private async announce(p: StatusParams): Promise<void> {
    const r = p.references;
    const problem = r.error
      ? undefined
      : r.source === 'none'
        ? 'none'
        : !r.indexing && r.files === 0
          ? 'empty'
          : undefined;
    if (!problem) return;
    const key = `${problem}:${r.configFile ?? r.suggestedConfigDir}:${r.patterns.join('|')}`;
    if (this.announced.has(key) || this.context.workspaceState.get<boolean>(DONT_ASK)) return;
    this.announced.add(key);
    const config = r.configFile ? 'Open .copydesk.json' : 'Create .copydesk.json';
    const settings = 'Open Settings';
    const never = "Don't Show Again";
    const message =
      problem === 'none'
        ? 'Copydesk has no reference articles to check against, so figures, dates, quotes and names are not cross-checked (attribution and consistent spelling still are). Name the reference articles in .copydesk.json ("references").'
        : `Copydesk: the references configured ${r.source === 'settings' ? 'in the copydesk.references setting' : 'in .copydesk.json'} (${r.patterns.join(', ')}) match no files, so nothing is cross-checked.`;
    const actions = r.source === 'settings' ? [settings, never] : [config, settings, never];
    const pick = await vscode.window.showWarningMessage(message, ...actions);
    if (pick === config) await openConfigFile(r.configFile, r.suggestedConfigDir);
    else if (pick === settings)
      await vscode.commands.executeCommand('workbench.action.openSettings', 'copydesk.references');
    else if (pick === never) await this.context.workspaceState.update(DONT_ASK, true);
  }
}

function tooltip(p: StatusParams): vscode.MarkdownString {
  const r = p.references;
  const lines: string[] = ['**Copydesk**', ''];
  if (r.error) lines.push(`The configuration is invalid: ${r.error}`);
  else if (r.source === 'none') lines.push('No reference articles configured: only attribution is checked.');
  else
    lines.push(
      `${r.indexing ? 'Indexing' : `${r.files} reference ${r.files === 1 ? 'file' : 'files'}`} from ${r.source === 'settings' ? 'the copydesk.references setting' : `\`${r.configFile ?? '.copydesk.json'}\``}: \`${r.patterns.join('`, `')}\``,
    );
  lines.push('');
  const codes = Object.entries(p.findings).sort((a, b) => b[1] - a[1]);
  if (codes.length) {
    lines.push('| finding | count |', '| --- | ---: |');
    for (const [code, n] of codes) lines.push(`| ${code} | ${n} |`);
  } else lines.push('No findings.');
  const ledger = `${p.claims.verified ? ` · ${p.claims.verified} verified` : ''}${p.claims.disputed ? ` · ${p.claims.disputed} disputed` : ''}`;
  lines.push(
    '',
    `Claims: ${p.claims.conflicting} conflicting · ${p.claims.corroborated} corroborated · ${p.claims.unverified} unverified${ledger}`,
    '',
    'Click for the output, the settings and .copydesk.json.',
  );
  return new vscode.MarkdownString(lines.join('\n'));
}

/** Opens the article's .copydesk.json, creating a starter one (never overwriting) when there is none. */
export async function openConfigFile(existing: string | undefined, dir: string): Promise<void> {
  const uri = vscode.Uri.file(existing ?? path.join(dir, '.copydesk.json'));
  let exists = true;
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    exists = false;
  }
  if (!exists) await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(TEMPLATE));
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
}

/** What clicking the status-bar item offers. */
export async function statusMenu(status: StatusParams | undefined): Promise<void> {
  const r = status?.references;
  const items: Array<vscode.QuickPickItem & { run: () => Thenable<unknown> | Promise<unknown> }> = [
    {
      label: '$(output) Show Output',
      description: 'the language server log',
      run: () => vscode.commands.executeCommand('copydesk.showOutput'),
    },
    {
      label: '$(list-tree) Show the Article View',
      description: 'claims by status, sentences to source, names',
      run: () => vscode.commands.executeCommand('copydesk.showOutline'),
    },
    {
      label: '$(settings-gear) Open Settings',
      description: 'copydesk.*',
      run: () => vscode.commands.executeCommand('workbench.action.openSettings', 'copydesk'),
    },
  ];
  if (r)
    items.push({
      label: r.configFile ? '$(json) Open .copydesk.json' : '$(new-file) Create .copydesk.json',
      description: r.configFile ?? path.join(r.suggestedConfigDir, '.copydesk.json'),
      run: () => openConfigFile(r.configFile, r.suggestedConfigDir),
    });
  const pick = await vscode.window.showQuickPick(items, { title: 'Copydesk' });
  if (pick) await pick.run();
}
