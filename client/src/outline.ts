// The Copydesk side-bar view: the active article's checked claims grouped by status, its sentences to source and its
// names, each with its line. When nothing was cross-checked the view says why instead of showing empty groups.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { OUTLINE_REQUEST, type Outline, type OutlineGroup, type OutlineItem } from '../../server/src/protocol';

type Node = { group: OutlineGroup } | { item: OutlineItem; uri: vscode.Uri };

const ICONS: Record<string, string> = {
  conflicting: 'error',
  disputed: 'warning',
  unverified: 'question',
  corroborated: 'pass',
  verified: 'verified',
  unsourced: 'comment-unresolved',
  names: 'person',
};

export class OutlineProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private data: Outline | null = null;
  private uri: vscode.Uri | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  view: vscode.TreeView<Node> | undefined;

  constructor(private readonly client: () => LanguageClient | undefined) {}

  refreshSoon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), 400);
  }

  async refresh(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const c = this.client();
    this.uri = editor?.document.uri;
    this.data = null;
    if (editor && c?.isRunning()) {
      try {
        this.data = await c.sendRequest<Outline | null>(OUTLINE_REQUEST, { uri: editor.document.uri.toString() });
      } catch {
        this.data = null;
      }
    }
    if (this.view) {
      this.view.message = !editor
        ? 'Open an article (.article or .story) to see its claims, the sentences to source and its names.'
        : !this.data
          ? 'Copydesk does not check this file. Articles are .article and .story files (see copydesk.enablePlainText and copydesk.enableMarkdown).'
          : this.data.empty;
    }
    this.changed.fire();
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if ('group' in node) {
      const t = new vscode.TreeItem(
        `${node.group.title} (${node.group.items.length})`,
        node.group.id === 'names' || node.group.id === 'corroborated' || node.group.id === 'verified'
          ? vscode.TreeItemCollapsibleState.Collapsed
          : vscode.TreeItemCollapsibleState.Expanded,
      );
      t.iconPath = new vscode.ThemeIcon(ICONS[node.group.id] ?? 'circle-outline');
      t.id = `group:${node.group.id}`;
      return t;
    }
    const t = new vscode.TreeItem(node.item.label);
    t.description = node.item.detail;
    if (node.item.tooltip) t.tooltip = node.item.tooltip;
    const pos = new vscode.Position(node.item.line, node.item.character);
    t.command = {
      command: 'vscode.open',
      title: 'Go to',
      arguments: [node.uri, { selection: new vscode.Range(pos, pos) }],
    };
    return t;
  }

  getChildren(node?: Node): Node[] {
    if (!this.data || !this.uri) return [];
    if (!node) return this.data.groups.map((group) => ({ group }));
    if ('group' in node) return node.group.items.map((item) => ({ item, uri: this.uri! }));
    return [];
  }
}
