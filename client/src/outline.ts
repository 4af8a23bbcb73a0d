// The Copydesk side-bar view: the active article's entities, claims and quotes, with their status.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

interface Item {
  label: string;
  detail: string;
  position: { line: number; character: number };
  /** A ledger record's "verified by … on …: note". */
  tooltip?: string;
}
type Outline = Record<'entities' | 'quantities' | 'quotes' | 'claims', Item[]>;

const GROUPS: Array<[keyof Outline, string]> = [
  ['claims', 'Claims checked'],
  ['entities', 'Entities'],
  ['quantities', 'Numbers and dates'],
  ['quotes', 'Quotes'],
];

type Node = { group: keyof Outline; title: string } | { item: Item; uri: vscode.Uri };

export class OutlineProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private data: Outline | null = null;
  private uri: vscode.Uri | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly client: () => LanguageClient | undefined) {}

  refreshSoon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), 400);
  }

  async refresh(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const c = this.client();
    this.uri = editor?.document.uri;
    this.data = null;
    if (editor && c?.isRunning()) {
      try {
        this.data = await c.sendRequest<Outline | null>('copydesk/outline', { uri: editor.document.uri.toString() });
      } catch {
        this.data = null;
      }
    }
    this.changed.fire();
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if ('group' in node) {
      const n = this.data?.[node.group].length ?? 0;
      return new vscode.TreeItem(`${node.title} (${n})`, n ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    }
    const t = new vscode.TreeItem(node.item.label.replace(/\s+/g, ' ').slice(0, 80));
    t.description = node.item.detail;
    const pos = new vscode.Position(node.item.position.line, node.item.position.character);
    t.command = { command: 'vscode.open', title: 'Go to', arguments: [node.uri, { selection: new vscode.Range(pos, pos) }] };
    const d = node.item.detail;
    t.iconPath = new vscode.ThemeIcon(d === 'verified' ? 'verified' : d === 'disputed' ? 'warning' : d === 'conflicting' ? 'error' : d === 'corroborated' ? 'pass' : d === 'unverified' ? 'question' : 'symbol-field');
    if (node.item.tooltip) t.tooltip = node.item.tooltip;
    return t;
  }

  getChildren(node?: Node): Node[] {
    if (!this.data || !this.uri) return [];
    if (!node) return GROUPS.map(([group, title]) => ({ group, title }));
    if ('group' in node) return this.data[node.group].map((item) => ({ item, uri: this.uri! }));
    return [];
  }
}
