// No pathological regexes or loops: adversarial inputs (long runs of quotes, capitals, digits, dots, spaces,
// "$1,1,1,…") must take time proportional to their length. Each is timed at n and 4n characters: linear work grows
// about 4x, quadratic 16x; the test fails above 10x (generous: the machine is shared), and re-measures once before
// failing. Time is this process's CPU time (process.cpuUsage), not wall time: the machine is shared, and waiting for
// a core is not work. Sizes are 32K and 128K characters to keep the suite quick; a separate test runs a full 1 MB mix
// of every pattern under an absolute bound.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../core/index';

const N = Number(process.env.COPYDESK_LINEAR_N ?? 1 << 15);
const MAX_RATIO = 10;
/** Below this the 4n run is too quick for a ratio to mean anything. */
const NOISE_FLOOR_MS = 250;

const PATTERNS: Record<string, string> = {
  'straight double quotes': '"',
  'curly open quotes': '“',
  'curly close quotes': '”',
  apostrophes: "'",
  'alternating quoted words': '“a” ',
  capitals: 'A',
  'initials with dots': 'A.',
  'abbreviation-like words': 'Ab. ',
  honorifics: 'Mr. ',
  'lower-case with dots': 'a.',
  digits: '1',
  'decimal numbers': '1.5',
  dots: '.',
  spaces: ' ',
  newlines: '\n',
  'blank lines with a word': 'Word\n\n',
  'open parentheses': '(',
  hyphens: '-',
  'commas and spaces': ', ',
  dates: 'Feb. 12, ',
  'reporting verbs': 'said ',
  'unclosed suppression comments': '<!-- copydesk-disable ',
  'html-ish': '<a href="x">',
};

/** Inputs that are not one unit repeated: a prefix, then the unit repeated to the length. */
const PREFIXED: Record<string, [string, string]> = {
  'one endless "$1,1,1,…" number': ['$', '1,'],
  'one endless quotation': ['“', 'word '],
  'one endless parenthesis': ['(', 'Ab, '],
};

/** Once quadratic in core/attribution/index.ts (a scan of the sentence's tokens for every number in it). */
const KNOWN_QUADRATIC: Record<string, string> = {
  'money list "$1,1,1"': '$1,1,1 ',
  'dollar-comma runs': '$1,',
};

/** Once quadratic in core/entities/resolve/trimSpan.ts splitPerson() (a list look-up of every prefix of a long capitalised run). */
const KNOWN_QUADRATIC_NAMES: Record<string, string> = {
  'capitalised words': 'Ab ',
};

function fill(unit: string, length: number, prefix = ''): string {
  return prefix + unit.repeat(Math.ceil((length - prefix.length) / unit.length)).slice(0, length - prefix.length);
}

/** CPU milliseconds spent by this process on check(text). */
function timeCheck(text: string): number {
  const t0 = process.cpuUsage();
  check(text);
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

function ratioFor(unit: string, n: number, prefix = ''): { small: number; large: number; ratio: number } {
  const small = timeCheck(fill(unit, n, prefix));
  const large = timeCheck(fill(unit, 4 * n, prefix));
  return { small, large, ratio: large / Math.max(small, 1) };
}

function assertLinear(name: string, unit: string, n: number, prefix = '') {
  let m = ratioFor(unit, n, prefix);
  if (m.ratio > MAX_RATIO && m.large > NOISE_FLOOR_MS) m = ratioFor(unit, n, prefix); // once more, in case of a load burst
  const msg = `${name}: ${n} chars ${m.small.toFixed(0)} ms, ${4 * n} chars ${m.large.toFixed(0)} ms (x${m.ratio.toFixed(1)})`;
  assert.ok(m.ratio <= MAX_RATIO || m.large <= NOISE_FLOOR_MS, `grows faster than linear: ${msg}`);
}

test('warm-up (model loading is not part of any measurement)', () => {
  check('Mayor Ann Lee said on Tuesday that 12% of the $5 billion was spent.');
});

for (const [name, unit] of Object.entries(PATTERNS)) {
  test(`linear time: ${name}`, () => assertLinear(name, unit, N));
}

for (const [name, [prefix, unit]] of Object.entries(PREFIXED)) {
  test(`linear time: ${name}`, () => assertLinear(name, unit, N, prefix));
}

for (const [name, unit] of Object.entries(KNOWN_QUADRATIC)) {
  test(`linear time: ${name}`, () => assertLinear(name, unit, N));
}

for (const [name, unit] of Object.entries(KNOWN_QUADRATIC_NAMES)) {
  test(`linear time: ${name}`, () => assertLinear(name, unit, N));
}

test('a 1 MB mix of every adversarial pattern finishes, with offsets inside the text', () => {
  const units = [...Object.values(PATTERNS).map((u) => ['', u] as const), ...Object.values(PREFIXED)];
  const share = Math.floor((1 << 20) / units.length);
  const text = units.map(([p, u]) => fill(u, share, p)).join('\n\n');
  assert.ok(text.length >= 1_000_000);
  const t0 = process.cpuUsage();
  const r = check(text);
  const d = process.cpuUsage(t0);
  const ms = (d.user + d.system) / 1000;
  assert.ok(ms < 60_000, `1 MB took ${ms.toFixed(0)} ms`);
  for (const f of r.findings) assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end);
});
