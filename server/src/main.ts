// Entry point of the bundled server (started by the VS Code client over IPC, or by other editors over stdio).
import { tuneHeapForEditing } from './heap';
import { startServer } from './server';

tuneHeapForEditing();
process.on('uncaughtException', (e) => process.stderr.write(`copydesk server: uncaught ${e?.stack ?? e}\n`));
process.on('unhandledRejection', (e) =>
  process.stderr.write(`copydesk server: unhandled ${(e as Error)?.stack ?? e}\n`),
);
startServer();
