import { partitionPoint } from './spans';
// Offset <-> line/character conversion (UTF-16, 0-based), shared by the server, the CLI and evidence lines.

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

export function positionAt(starts: number[], offset: number): { line: number; character: number } {
  // The last line starting at or before the offset (the first when none does).
  const lo = Math.max(0, partitionPoint(0, starts.length, (i) => starts[i]! <= offset) - 1);
  return { line: lo, character: offset - starts[lo]! };
}
