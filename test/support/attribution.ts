// Reading one sentence's attribution out of an annotated text, for the attribution tests: the sentence is named by
// the words it starts with (the fixture must hold them).
import assert from 'node:assert/strict';
import { annotate } from '../../core/index';
import type { Assertion } from '../../core/types';

/** The assertion of the sentence holding the first occurrence of `start`, if the sentence has one. */
export function sentence(text: string, start: string): Assertion | undefined {
  const a = annotate(text);
  const i = text.indexOf(start);
  assert.ok(i >= 0, `fixture has "${start}"`);
  return a.assertions.find((x) => x.start <= i && i < x.end);
}

/** The source of that sentence, which must be attributed. */
export function source(text: string, start: string): string | undefined {
  const s = sentence(text, start);
  assert.equal(s?.status, 'attributed', `"${start}" should be attributed (got ${s?.status ?? 'nothing'})`);
  return s!.source;
}
