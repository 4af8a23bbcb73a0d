// Types for code-server.cjs (plain CommonJS so the runTests launcher shim can load it without a TypeScript loader).
import type { Browser } from 'playwright-core';

export interface Profile {
  root: string;
  userData: string;
  extensions: string;
}
export interface RunningCodeServer {
  host: string;
  url: string;
  log(): string;
  stop(): void;
}
export const CODE_SERVER: string;
export const CODE_SERVER_VERSION: string;
export const CHROMIUM: string;
export function makeProfile(base?: string): Profile;
export function installExtension(profile: Profile, vsix: string): string;
export function startCodeServer(profile: Profile, extraEnv?: Record<string, string>): Promise<RunningCodeServer>;
export function launchChromium(): Promise<Browser>;
