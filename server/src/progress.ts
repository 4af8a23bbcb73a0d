// Indexing progress shown in the editor, for clients that said they can show it; the others get a reporter that does
// nothing. A client that fails to create or end the progress loses only the progress, never the indexing.
import type { Connection } from 'vscode-languageserver/node';
import type { Host } from './workspace';

export function workDoneProgress(connection: Connection, supported: () => boolean): Host['progress'] {
  return (title) => {
    if (!supported()) return { report() {}, done() {} };
    const p = connection.window.createWorkDoneProgress();
    let reporter: { report(pct: number, msg?: string): void; done(): void } | undefined;
    p.then((r) => {
      reporter = r;
      r.begin(title, 0, undefined, false);
    }).catch(() => {});
    const done = (r: { report(msg: string): void; done(): void }, msg?: string) => {
      if (msg) r.report(msg);
      r.done();
    };
    return {
      report: (pct, msg) => reporter?.report(pct, msg),
      done: (msg) => void p.then((r) => done(r, msg)).catch(() => {}),
    };
  };
}
