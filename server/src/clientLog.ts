// stdout belongs to the protocol: stray logging from any library goes to the client's log instead.
import type { Connection } from 'vscode-languageserver/node';
import { inspect } from 'node:util';

export function routeConsoleToClient(connection: Connection): void {
  const toLog =
    (level: 'log' | 'warn' | 'error') =>
    (...args: unknown[]) =>
      connection.console[level](args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' '));
  console.log = console.info = console.debug = console.dir = console.table = toLog('log');
  console.warn = toLog('warn');
  console.error = console.trace = toLog('error');
}
