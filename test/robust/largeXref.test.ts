// Half a megabyte of every adversarial shape (test/support/adversarial.ts) checked against references that grow with
// it: finishes under an absolute CPU bound, with offsets inside the text and every excerpt and message bounded. Its own
// file so that the linear-time tests (linearTimeXref.test.ts) and this one each stay inside the runner's time limit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadavg } from 'node:os';
import { check } from '../../core/index';
import { MAX_EXCERPT } from '../../core/xref/excerpt';
import { ARTICLE_SHAPES, referenceCorpus } from '../support/adversarial';

test('half a megabyte of every shape against references finishes, with every finding stored once', (t) => {
  const refs = referenceCorpus(1 << 17, 16, 8000, 1 << 17);
  const names = Object.keys(ARTICLE_SHAPES);
  const share = Math.floor((1 << 19) / names.length);
  const text = names.map((name, k) => ARTICLE_SHAPES[name]!(k, share, refs)).join('\n\n');
  const t0 = process.cpuUsage();
  const r = check(text, {}, refs.index);
  const d = process.cpuUsage(t0);
  const ms = (d.user + d.system) / 1000;
  t.diagnostic(`512 KB: ${ms.toFixed(0)} ms CPU, ${r.findings.length} findings, load ${loadavg()[0]!.toFixed(1)}`);
  assert.ok(ms < 60_000, `512 KB took ${ms.toFixed(0)} ms`);
  for (const f of r.findings) {
    assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end);
    for (const ev of f.related)
      assert.ok(ev.excerpt.length <= MAX_EXCERPT + 2, `an excerpt of ${ev.excerpt.length} characters`);
    assert.ok(f.message.length < 1000, `a message of ${f.message.length} characters`);
  }
});
