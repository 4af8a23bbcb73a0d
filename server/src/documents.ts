import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver/node';

/**
 * Where documents enter the server: a malformed didOpen (no text) opens an empty document and a malformed change (no
 * text, bad range) is dropped, so every handler can rely on a well-formed document instead of guarding on its own.
 */
export const wellFormedDocuments = {
  create: (uri: string, languageId: string, version: number, content: unknown) =>
    TextDocument.create(
      uri,
      typeof languageId === 'string' ? languageId : 'article',
      Number.isInteger(version) ? version : 0,
      typeof content === 'string' ? content : '',
    ),
  update: (doc: TextDocument, changes: TextDocumentContentChangeEvent[], version: number) =>
    TextDocument.update(doc, changes.filter(isWellFormedChange), Number.isInteger(version) ? version : doc.version + 1),
};

function isWellFormedChange(c: unknown): c is TextDocumentContentChangeEvent {
  if (!c || typeof c !== 'object' || typeof (c as { text?: unknown }).text !== 'string') return false;
  const r = (c as { range?: unknown }).range;
  if (r === undefined) return true;
  const pos = (p: unknown) =>
    !!p &&
    typeof p === 'object' &&
    Number.isInteger((p as { line?: unknown }).line) &&
    Number.isInteger((p as { character?: unknown }).character);
  return !!r && typeof r === 'object' && pos((r as { start?: unknown }).start) && pos((r as { end?: unknown }).end);
}
