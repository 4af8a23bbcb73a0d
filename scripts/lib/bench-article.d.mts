// Types for bench-article.mjs, so the TypeScript benchmarks (bench-edit.ts) share its article.
export const ROOT: string;
export const WORDS: number;
export function walk(dir: string): Generator<string>;
export function ownParagraphs(): { drafts: string[]; paras: string[] };
export function newsParagraphs(): string[];
export function articleOf(paras: string[]): { text: string; words: number; used: number };
