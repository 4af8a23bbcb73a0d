// Entry point VS Code loads as extensionTestsPath.
import { runAll } from './harness';
import './extension.test';

export function run(): Promise<void> {
  return runAll();
}
