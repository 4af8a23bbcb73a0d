// The server's framing guard passes a well-framed stream through byte for byte however it is cut into chunks (inside a
// header, across "\r\n\r\n", inside a multi-byte character of a body), and stops at the first malformed header.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FramingGuard, MAX_MESSAGE_BYTES } from '../../server/src/transport';
import { rng } from '../support/edits';

function frame(body: string, extra = ''): Buffer {
  const b = Buffer.from(body, 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${b.length}\r\n${extra}\r\n`, 'ascii'), b]);
}

function run(stream: Buffer, cuts: number[]): { out: Buffer; broken: string[] } {
  const broken: string[] = [];
  const guard = new FramingGuard((reason) => broken.push(reason));
  const parts: Buffer[] = [];
  guard.on('data', (d: Buffer) => parts.push(d));
  let at = 0;
  for (const c of [...cuts, stream.length]) {
    guard.write(stream.subarray(at, c));
    at = c;
  }
  return { out: Buffer.concat(parts), broken };
}

test('well-framed messages pass through unchanged, cut anywhere', () => {
  const r = rng(7);
  const bodies = [
    '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}',
    '{"text":"naïve “quotes” 😀 — ok"}',
    '{not json',
    '',
    '"just a string"',
    '{"x":"' + 'y'.repeat(5000) + '"}',
  ];
  const stream = Buffer.concat(
    bodies.map((b, i) => frame(b, i % 2 ? 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n' : '')),
  );
  for (let round = 0; round < 200; round++) {
    const cuts = [
      ...new Set(Array.from({ length: 1 + Math.floor(r() * 12) }, () => Math.floor(r() * stream.length))),
    ].sort((a, b) => a - b);
    const { out, broken } = run(stream, cuts);
    assert.deepEqual(broken, [], `cuts ${cuts}`);
    assert.ok(out.equals(stream), `cuts ${cuts}`);
  }
});

test('malformed headers stop the stream at once, with the reason', () => {
  const ok = frame('{"a":1}');
  const cases: Array<[string, Buffer, RegExp]> = [
    ['no Content-Length', Buffer.from('Content-Type: x\r\n\r\n{}'), /without Content-Length/],
    ['not a number', Buffer.from('Content-Length: 1e3\r\n\r\n{}'), /not a byte count/],
    ['negative', Buffer.from('Content-Length: -1\r\n\r\n{}'), /not a byte count/],
    ['no colon', Buffer.from('Content-Length 2\r\n\r\n{}'), /not "Name: value"/],
    ['twice', Buffer.from('Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}'), /two Content-Length/],
    ['too large', Buffer.from(`Content-Length: ${MAX_MESSAGE_BYTES + 1}\r\n\r\n{}`), /limit/],
    ['garbage', Buffer.alloc(20_000, 0x41), /no end of header/],
    [
      'binary header',
      Buffer.concat([Buffer.from('Content-Length: 2\r\nX: '), Buffer.from([0xff, 0xfe]), Buffer.from('\r\n\r\n{}')]),
      /not "Name: value"/,
    ],
  ];
  for (const [name, bad, reason] of cases) {
    const { out, broken } = run(Buffer.concat([ok, bad, ok]), []);
    assert.equal(broken.length, 1, name);
    assert.match(broken[0]!, reason, name);
    assert.ok(out.equals(ok), `${name}: only the message before it passes`);
  }
});
