// Copydesk's own LSP messages, declared once: the server sends and answers them, the VS Code client listens and asks.
// Plain method names and data shapes only (no runtime dependency), so the client bundle can import this file without
// pulling in the server. Other editors may ignore them: everything they say is also in diagnostics, hovers and lenses.
import type { CheckStatus } from '../../core/index';

/** Server -> client, after every analysis of an open article: what was checked against what. */
export const STATUS_NOTIFICATION = 'copydesk/status';

export interface ReferenceStatus {
  /** Where the reference globs come from: the editor's settings, a .copydesk.json, or nowhere. */
  source: 'settings' | 'config-file' | 'none';
  /** The .copydesk.json that applies to the article, if any. */
  configFile?: string;
  /** The folder a .copydesk.json would be created in for this article (its workspace folder). */
  suggestedConfigDir: string;
  patterns: string[];
  /** Reference files indexed so far. */
  files: number;
  /** Still reading the reference files. */
  indexing: boolean;
  /** A broken .copydesk.json, as a message. */
  error?: string;
}

export interface StatusParams {
  uri: string;
  references: ReferenceStatus;
  /** Published findings of this article, by code. */
  findings: Record<string, number>;
  /** Checked claims (figures, dates, quotes) by status. */
  claims: Record<CheckStatus, number>;
}

/** Client -> server: the user-level copydesk.references globs (VS Code user settings), sent whenever they change. */
export const USER_REFERENCES_NOTIFICATION = 'copydesk/userReferences';

export interface UserReferencesParams {
  references: string[];
}

/**
 * Client -> server: something was created in the workspace while an article's references matched no file. A folder
 * copied in arrives as one "folder created" event that the reference-file watchers never see, so the server lists
 * the reference globs of such articles again.
 */
export const RESCAN_REFERENCES_NOTIFICATION = 'copydesk/rescanReferences';

/** Client -> server: the side-bar view of one article. */
export const OUTLINE_REQUEST = 'copydesk/outline';

export interface OutlineParams {
  uri: string;
}

export interface OutlineItem {
  label: string;
  /** What it is and where: "figure · line 3". */
  detail: string;
  /** A longer explanation for the tooltip. */
  tooltip?: string;
  status?: CheckStatus;
  /** Zero-based position of its first character, for "go to". */
  line: number;
  character: number;
}

export type OutlineGroupId = CheckStatus | 'unsourced' | 'names';

export interface OutlineGroup {
  id: OutlineGroupId;
  title: string;
  items: OutlineItem[];
}

export interface Outline {
  groups: OutlineGroup[];
  /** When nothing was cross-checked: why (no references configured, none found, nothing checkable). */
  empty?: string;
  references: ReferenceStatus;
}

/**
 * workspace/executeCommand, client -> server: write (or remove) a verification ledger record for the figure, date,
 * quote or name at start..end. Offered by the server's "Mark as verified / disputed" code actions.
 */
export const LEDGER_RECORD_COMMAND = 'copydesk.ledger.record';
/**
 * The VS Code client's own command, named by those code actions when the client says (initializationOptions
 * .ledgerPrompt) that it can ask for a note: it asks, then runs LEDGER_RECORD_COMMAND with the note.
 */
export const LEDGER_PROMPT_COMMAND = 'copydesk.markClaim';

export interface LedgerRecordArgs {
  uri: string;
  start: number;
  end: number;
  /** The claim's words when the action was offered: a claim edited since is not marked by mistake. */
  text: string;
  verdict: 'verified' | 'disputed' | 'remove';
  note?: string;
}

/** Client -> server at initialize, beside the settings (Copydesk's own keys of initializationOptions). */
export interface CopydeskInitializationOptions {
  settings?: Record<string, unknown>;
  userReferences?: unknown;
  /** copydesk.cacheLocation from the user's own settings: where the reference index is kept. */
  cacheLocation?: unknown;
  /** The client runs LEDGER_PROMPT_COMMAND (asks for a note) for the ledger's code actions. */
  ledgerPrompt?: unknown;
}

/** The kinds of finding the status bar counts, in the order it shows them. */
export const FINDING_KINDS: Array<{ kind: string; one: string; many: string; codes: string[] }> = [
  {
    kind: 'mismatch',
    one: 'mismatch',
    many: 'mismatches',
    codes: ['number-mismatch', 'date-mismatch', 'quote-mismatch', 'quote-misattributed'],
  },
  { kind: 'names', one: 'name to fix', many: 'names to fix', codes: ['entity-spelling', 'entity-inconsistent'] },
  { kind: 'sources', one: 'to source', many: 'to source', codes: ['vague-attribution', 'unattributed-assertion'] },
  { kind: 'unverified', one: 'unverified', many: 'unverified', codes: ['unverified-claim'] },
];
