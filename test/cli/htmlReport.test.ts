// The HTML report in a real browser (Debian's headless chromium via playwright-core): highlights are there, evidence
// sits beside its finding, and article or reference text such as <script> or <img onerror> shows as text, never runs.
// Skips with a message when chromium is missing locally; fails when CI is set, so CI cannot pass without it.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { formatHtml, escapeHtml } from '../../cli/formats/html';
import { runCli, tempDir } from './helpers';
import { sampleReports } from './sampleReports';

const CHROMIUM = process.env.COPYDESK_CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
const haveChromium = existsSync(CHROMIUM);
const skip = haveChromium
  ? false
  : process.env.CI
    ? false
    : `chromium not found at ${CHROMIUM} (apt-get install chromium, or .ci/install-chromium.sh)`;

test('escapeHtml covers the five markup characters', () => {
  assert.equal(
    escapeHtml(`<img src=x onerror="a('b')">&`),
    '&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;',
  );
});

test('the report contains no script element and forbids scripts by CSP (static check)', () => {
  const html = formatHtml(sampleReports(), { color: false, cwd: process.cwd(), version: '1.0.0' });
  assert.ok(!/<script/i.test(html), 'no <script> in the page source at all');
  assert.ok(!/<img/i.test(html));
  for (const tag of html.match(/<[a-zA-Z][^>]*>/g) ?? [])
    assert.ok(!/\son\w+\s*=/i.test(tag), `event handler attribute in ${tag}`);
  assert.match(html, /Content-Security-Policy" content="default-src 'none';[^"]*script-src 'none'/);
});

async function withPage(t: TestContext, fn: (page: Page, events: string[]) => Promise<void>) {
  if (!haveChromium) assert.fail(`CI is set but chromium is missing at ${CHROMIUM}: run .ci/install-chromium.sh`);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true, timeout: 60_000 });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const events: string[] = [];
    page.on('dialog', (d) => {
      events.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('pageerror', (e) => events.push(`pageerror: ${e.message}`));
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) events.push(`request: ${r.url()}`);
    });
    await fn(page, events);
  } finally {
    await browser?.close();
  }
  void t;
}

async function assertInert(page: Page, events: string[]) {
  assert.equal(await page.evaluate('window.__pwned'), undefined, 'injected script ran');
  assert.equal(await page.locator('script').count(), 0);
  assert.equal(await page.locator('img').count(), 0);
  assert.equal(await page.locator('[onerror], [onload], [onclick]').count(), 0);
  assert.deepEqual(events, []);
}

test('in chromium: highlights, evidence beside findings, hostile text inert', { skip, timeout: 120_000 }, async (t) => {
  const dir = tempDir(t);
  const file = join(dir, 'report.html');
  writeFileSync(file, formatHtml(sampleReports(), { color: false, cwd: process.cwd(), version: '1.0.0' }));
  await withPage(t, async (page, events) => {
    await page.goto(pathToFileURL(file).href);
    await assertInert(page, events);
    const article = page.locator('#file-0 .article');
    const text = await article.innerText();
    assert.ok(text.includes('<script>window.__pwned = 1</script>'), 'markup in the article shows as text');
    assert.ok(text.includes('<img src=x onerror="window.__pwned = 2">'));
    assert.equal(await article.locator('.ent-PERSON').first().innerText(), 'Dana Petrov');
    assert.equal(await article.locator('.ent-PLACE').first().innerText(), 'Lorvik');
    assert.ok((await article.locator('.num').count()) >= 1);
    assert.ok((await article.locator('.quote').count()) >= 1);
    const flagged = article.locator('a.flag.sev-error').first();
    assert.equal(await flagged.innerText(), '12%');
    // Beside it: the card with the reference passage, itself hostile and shown as text.
    const card = page.locator('#f0-0');
    assert.match(await card.innerText(), /number-mismatch/);
    const evidence = card.locator('blockquote.evidence');
    assert.match(await evidence.innerText(), /a levy of 10% was approved <script>alert\(1\)<\/script>/);
    assert.match(await evidence.innerText(), /Council minutes <b> — refs\/minutes\.md:3/);
    // Clicking the flagged words brings up their card.
    await flagged.click();
    assert.equal(await page.evaluate('location.hash'), '#f0-0');
    // The side panel sits to the right of the article on a wide screen.
    const a = await article.boundingBox();
    const s = await page.locator('#file-0 .findings').boundingBox();
    assert.ok(a && s && s.x > a.x + a.width - 1, 'findings beside the article');
    assert.match(await page.locator('#file-2').innerText(), /Not checked: news\/broken\.md: not valid UTF-8/);
    await assertInert(page, events);
    mkdirSync('.test-artifacts', { recursive: true });
    await page.screenshot({ path: '.test-artifacts/html-report.png', fullPage: true });
  });
});

test(
  'in chromium: copydesk check --format html on an article full of markup',
  { skip, timeout: 120_000 },
  async (t) => {
    const dir = tempDir(t);
    mkdirSync(join(dir, 'refs'));
    writeFileSync(
      join(dir, 'refs', 'wire.md'),
      'Mayor Dana Petrov said on Monday the levy would be 10%.\n<script>window.__pwned = 3</script>\n',
    );
    writeFileSync(
      join(dir, 'story.md'),
      [
        '# Levy <script>window.__pwned = 4</script>',
        '',
        'Experts say the levy will be the highest ever.',
        '',
        'The levy of 12% is new. <img src=x onerror="window.__pwned = 5">',
        '',
        '"We had no choice," Mayor Dana Petrov said on Monday. </div></section><script>window.__pwned = 6</script>',
        '',
        '<!-- comment --> <style>body{display:none}</style> <iframe src="javascript:window.__pwned=7"></iframe>',
      ].join('\n'),
    );
    const r = await runCli(
      ['check', '--format', 'html', '--references', 'refs', '--output', 'report.html', 'story.md'],
      { cwd: dir },
    );
    assert.ok(r.code === 0 || r.code === 1, r.err);
    await withPage(t, async (page, events) => {
      await page.goto(pathToFileURL(join(dir, 'report.html')).href);
      await assertInert(page, events);
      assert.equal(await page.locator('iframe, style:not(head style)').count(), 0);
      const text = await page.locator('.article').innerText();
      assert.ok(text.includes('</div></section><script>window.__pwned = 6</script>'));
      assert.ok(text.includes('<style>body{display:none}</style>'));
      assert.ok(await page.locator('.article').isVisible());
      assert.ok((await page.locator('.card').count()) >= 1, 'at least one finding card');
      assert.ok((await page.locator('.article .flag').count()) >= 1, 'flagged passage highlighted');
    });
  },
);
