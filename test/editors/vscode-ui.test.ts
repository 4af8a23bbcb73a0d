// The packaged extension in real VS Code: copydesk.vsix installed into code-server 4.100.3 (VS Code 1.100.3), driven in
// Debian's headless Chromium with playwright-core the way a reporter would use it: open the draft, read the Problems
// panel, hover a figure, read the code lens, apply quick fixes. Screenshots go to .test-artifacts/editors/.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import {
  CODE_SERVER,
  CHROMIUM,
  makeProfile,
  installExtension,
  startCodeServer,
  launchChromium,
  type RunningCodeServer,
} from './lib/code-server.cjs';
import { ARTIFACTS, ROOT, exists, freshWorkspace, skipUnless } from './lib/workspace';

const VSIX = process.env.COPYDESK_VSIX ?? join(ROOT, 'copydesk.vsix');
const skip =
  skipUnless(exists(CODE_SERVER), `code-server not installed (${CODE_SERVER}); run .ci/editors.sh`) ||
  skipUnless(exists(CHROMIUM), 'chromium not installed') ||
  skipUnless(exists(VSIX), `${VSIX} missing; run npm run package`);

mkdirSync(ARTIFACTS, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });

let cs: RunningCodeServer | undefined;
let browser: Browser | undefined;
let started = 0;
/** One code-server with the .vsix installed and one Chromium serve every workspace below. */
async function editor(): Promise<{ cs: RunningCodeServer; browser: Browser }> {
  if (!cs || !browser) {
    started = Date.now();
    const profile = makeProfile();
    assert.match(installExtension(profile, VSIX), /successfully installed/i);
    cs = await startCodeServer(profile);
    browser = await launchChromium();
  }
  return { cs, browser };
}
after(async () => {
  await browser?.close();
  cs?.stop();
});

async function openDraft(ws: string, firstWords: string): Promise<Page> {
  const { cs, browser } = await editor();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${cs.url}?folder=${encodeURIComponent(ws)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  // Quick Open (Ctrl+P) is unreliable headless; the explorer row always works.
  await page
    .locator('.explorer-folders-view .monaco-list-row', { hasText: 'draft.article' })
    .click({ timeout: 30_000 });
  await page.locator('.monaco-editor .view-lines', { hasText: firstWords }).waitFor({ timeout: 30_000 });
  return page;
}

/**
 * The screen rectangle of `needle` in the rendered editor lines (Monaco renders spaces as U+00A0). Passed to the page
 * as source text: tsx's transform would otherwise add helpers (__name) that do not exist in the browser.
 */
const RECT_OF = `(needle, nth) => {
  // View lines are absolutely positioned and may be reused out of order: visit them top to bottom.
  const lines = [...document.querySelectorAll('.monaco-editor .view-lines .view-line')].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
  for (const line of lines) {
    const nodes = [];
    const walk = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    while (walk.nextNode()) nodes.push(walk.currentNode);
    const flat = nodes.map((n) => n.data).join('').replace(/\u00a0/g, ' ');
    let at = flat.indexOf(needle);
    while (at >= 0 && nth > 0) { nth--; at = flat.indexOf(needle, at + 1); }
    if (at < 0) continue;
    const locate = (offset) => {
      for (const n of nodes) {
        if (offset <= n.data.length) return [n, offset];
        offset -= n.data.length;
      }
      const last = nodes[nodes.length - 1];
      return [last, last.data.length];
    };
    const range = document.createRange();
    range.setStart(...locate(at));
    range.setEnd(...locate(at + needle.length));
    const b = range.getBoundingClientRect();
    return { x: b.x, y: b.y, w: b.width, h: b.height };
  }
  return null;
}`;

/** `nth` counts earlier occurrences of the same text (0: the first). */
async function rectOf(page: Page, needle: string, nth = 0): Promise<{ x: number; y: number; w: number; h: number }> {
  const r = (await page.evaluate(`(${RECT_OF})(${JSON.stringify(needle)}, ${nth})`)) as {
    x: number;
    y: number;
    w: number;
    h: number;
  } | null;
  assert.ok(r, `"${needle}" (occurrence ${nth + 1}) is visible in the editor`);
  return r;
}

const editorText = (page: Page) =>
  page.evaluate(
    `[...document.querySelectorAll('.monaco-editor .view-lines .view-line')].map((l) => l.textContent.replace(/\\u00a0/g, ' ')).join('\\n')`,
  ) as Promise<string>;

async function hoverOver(page: Page, needle: string, expect: RegExp, nth = 0): Promise<string> {
  // Moving away first makes the hover re-open even when the previous one was at the same spot.
  await page.mouse.move(5, 5);
  const r = await rectOf(page, needle, nth);
  await page.mouse.move(r.x + r.w / 2, r.y + r.h / 2);
  const hover = page.locator('.monaco-hover:visible', { hasText: expect });
  await hover.first().waitFor({ timeout: 20_000 });
  return (await hover.first().innerText()).replace(/\s+/g, ' ').trim();
}

async function quickFix(page: Page, needle: string, title: RegExp, nth = 0): Promise<void> {
  // After an edit the diagnostics are re-published asynchronously; a Ctrl+. that lands in between finds no code
  // actions ("No code actions available"), so retry a few times as a user would.
  let titles: string[] = [];
  for (let attempt = 0; attempt < 4; attempt++) {
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);
    const r = await rectOf(page, needle, nth);
    await page.mouse.click(r.x + Math.min(r.w / 2, 8), r.y + r.h / 2);
    await page.keyboard.press('Control+.');
    const rows = page.locator('.action-widget .monaco-list-row.action');
    try {
      await rows.first().waitFor({ timeout: 5_000 });
    } catch {
      await page.waitForTimeout(1_000);
      continue;
    }
    titles = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    // The action list sits under a pointer-blocking layer, so choose with the keyboard as users mostly do.
    for (let i = 0; i < titles.length; i++) {
      const focused =
        (await page.locator('.action-widget .monaco-list-row.focused').first().getAttribute('aria-label')) ?? '';
      if (title.test(focused)) {
        await page.keyboard.press('Enter');
        return;
      }
      await page.keyboard.press('ArrowDown');
    }
  }
  assert.fail(`no quick fix matching ${title} at "${needle}" (offered: ${JSON.stringify(titles)})`);
}

test(
  'copydesk.vsix in code-server 4.100.3 (VS Code 1.100.3), headless Chromium: the real-editor fixture',
  { skip, timeout: 300_000 },
  async (t) => {
    const ws = freshWorkspace();
    const page = await openDraft(ws, 'Harbor Bridge');
    const t0 = started;
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    const timings: Record<string, number> = {};
    const mark = (k: string) => (timings[k] = Date.now() - t0);

    mark('editor');
    try {
      await t.test('diagnostics appear as squiggles and in the Problems panel', async () => {
        await page.waitForSelector('.monaco-editor .squiggly-warning', { timeout: 60_000 });
        mark('firstSquiggle');
        await page.keyboard.press('Control+Shift+M');
        const panel = page.locator('.markers-panel');
        await panel.locator('.monaco-list-row', { hasText: 'Vague attribution' }).first().waitFor({ timeout: 20_000 });
        // The cross-check finds the figure that disagrees with the council-vote reference.
        await panel
          .locator('.monaco-list-row', { hasText: /\$4\.8 million|8\.4 million|number|figure/i })
          .first()
          .waitFor({ timeout: 20_000 });
        mark('problems');
        await shot(page, 'vscode-problems');
        await page.keyboard.press('Control+Shift+M'); // close the panel again: more room for hovers
      });

      await t.test('a code lens gives the whole article, apart from the paragraph tallies', async () => {
        // Lenses are asked for again once the references are indexed: wait for the one with the cross-check in it.
        const lens = page.locator('.monaco-editor .codelens-decoration', {
          hasText: /Copydesk — whole article: .*conflicting/,
        });
        await lens.first().waitFor({ timeout: 30_000 });
        await page
          .locator('.monaco-editor .codelens-decoration', { hasText: /In this paragraph: .*conflicting/ })
          .first()
          .waitFor({ timeout: 20_000 });
      });

      await t.test('the status bar counts the references and the findings by kind', async () => {
        const item = page.locator('.statusbar-item', { hasText: /Copydesk: 2 references · \d+ (mismatch|mismatches)/ });
        await item.first().waitFor({ timeout: 30_000 });
        // A click offers the output, the settings and the .copydesk.json in use.
        await item.first().click();
        const picks = page.locator('.quick-input-widget .monaco-list-row');
        await picks.first().waitFor({ timeout: 10_000 });
        const labels = (await picks.allInnerTexts()).join(' | ');
        for (const want of ['Show Output', 'Open Settings', 'Open .copydesk.json'])
          assert.ok(labels.includes(want), labels);
        await shot(page, 'vscode-status-bar');
        await page.keyboard.press('Escape');
      });

      await t.test('the Copydesk side bar groups the claims by status, names apart', async () => {
        await page
          .locator(
            '.activitybar .action-item a[aria-label^="Copydesk"], .activitybar .action-item[aria-label^="Copydesk"]',
          )
          .first()
          .click({ timeout: 20_000 });
        const rows = page.locator('.sidebar .monaco-list-row');
        await rows
          .filter({ hasText: /Conflicting \([1-9]\d*\)/ })
          .first()
          .waitFor({ timeout: 20_000 });
        await rows
          .filter({ hasText: /Names \([1-9]\d*\)/ })
          .first()
          .waitFor({ timeout: 20_000 });
        await rows
          .filter({ hasText: /\$4\.8 million.*figure · line 3/ })
          .first()
          .waitFor({ timeout: 20_000 });
        await shot(page, 'vscode-sidebar');
        // Back to the explorer, so the editor keeps its width for the hover screenshots.
        await page.keyboard.press('Control+Shift+E');
      });

      await t.test('hovering a figure quotes the reference and links to it', async () => {
        const text = await hoverOver(page, '$4.8 million', /8\.4 million/);
        assert.match(text, /\$8\.4 million/, 'the reference passage is quoted');
        const link = page.locator('.monaco-hover:visible a', {
          hasText: /Riverton council backs bridge repair budget/,
        });
        await link.first().waitFor({ timeout: 5_000 });
        const href = (await link.first().getAttribute('data-href')) ?? (await link.first().getAttribute('href')) ?? '';
        assert.match(decodeURIComponent(href), /references\/council-vote\.txt#L\d+/);
        mark('hover');
        await shot(page, 'vscode-hover');
        copyFileSync(join(ARTIFACTS, 'vscode-hover.png'), join(ARTIFACTS, 'marketplace-screenshot.png'));
      });

      await t.test('quick fix: use the reference figure', async () => {
        await quickFix(page, '$4.8 million', /reference's figure/);
        await page
          .locator('.monaco-editor .view-lines', { hasText: '$8.4 million to repair' })
          .waitFor({ timeout: 10_000 });
        assert.ok(!(await editorText(page)).includes('$4.8 million'));
      });

      await t.test('quick fix: name the source in place of the vague one', async () => {
        await quickFix(page, 'Experts say', /Name the source in place of “Experts”/);
        await page
          .locator('.monaco-editor .view-lines', { hasText: '[SOURCE] say the bridge' })
          .waitFor({ timeout: 10_000 });
        await page.keyboard.press('Control+s');
        mark('quickFixes');
        await shot(page, 'vscode-quickfix');
        // Saved through VS Code, so the edit really reached the file on disk.
        const deadline = Date.now() + 10_000;
        while (!readFileSync(join(ws, 'draft.article'), 'utf8').includes('[SOURCE] say') && Date.now() < deadline)
          await new Promise((r) => setTimeout(r, 100));
        assert.match(readFileSync(join(ws, 'draft.article'), 'utf8'), /\n\[SOURCE\] say the bridge/);
        assert.ok(
          !readFileSync(join(ws, 'draft.article'), 'utf8').includes('according to [SOURCE]'),
          'the source replaces the vague one, not added after it',
        );
      });

      await t.test("the extension's page shows the marketplace README, icon and screenshot", async () => {
        await page.keyboard.press('Control+Shift+X');
        await page
          .locator('.extensions-viewlet .monaco-list-row', { hasText: 'Copydesk' })
          .first()
          .click({ timeout: 20_000 });
        const header = page.locator('.extension-editor .header');
        await header.locator('.name', { hasText: 'Copydesk' }).waitFor({ timeout: 20_000 });
        const icon = header.locator('img.icon');
        await icon.waitFor({ timeout: 10_000 });
        assert.ok(
          await icon.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth === 128),
          'the 128x128 icon loaded',
        );
        // The README is rendered in a webview (nested iframes): find the frame that holds it.
        const deadline = Date.now() + 20_000;
        let readme: { text: string; images: number } | undefined;
        while (!readme && Date.now() < deadline) {
          for (const frame of page.frames()) {
            const r = await frame
              .evaluate(
                `(() => { const b = document.body; if (!b || !/Setting up references/.test(b.innerText)) return null; return { text: b.innerText, images: [...document.images].filter((i) => i.naturalWidth > 0).length }; })()`,
              )
              .catch(() => null);
            if (r) readme = r as { text: string; images: number };
          }
          if (!readme) await page.waitForTimeout(250);
        }
        assert.ok(readme, 'the README from docs/marketplace.md is shown');
        assert.ok(readme.images >= 1, 'its screenshot loaded from inside the .vsix');
        await shot(page, 'vscode-extension-page');
      });
    } finally {
      await shot(page, 'vscode-final').catch(() => {});
      console.log(`# code-server UI timings (ms since start): ${JSON.stringify(timings)}`);
      if (consoleErrors.length)
        console.log(`# browser console errors (first 5): ${JSON.stringify(consoleErrors.slice(0, 5))}`);
    }
  },
);

interface CliFinding {
  code: string;
  message: string;
  start: number;
  end: number;
  related: Array<{ file: string; title: string }>;
  fixes: Array<{ title: string; newText: string }>;
}

const EXAMPLES = join(ROOT, 'examples');
test(
  'copydesk.vsix in code-server: examples/draft.article with the example references',
  {
    skip: skip || (!existsSync(join(EXAMPLES, 'draft.article')) && 'examples/draft.article not written yet'),
    timeout: 300_000,
  },
  async (t) => {
    const ws = freshWorkspace(EXAMPLES);
    if (!existsSync(join(ws, '.copydesk.json')))
      writeFileSync(join(ws, '.copydesk.json'), JSON.stringify({ references: ['references/**/*'] }));
    const draft = readFileSync(join(ws, 'draft.article'), 'utf8');
    // What the editor should show is what the CLI computes on the same files: take a finding that cites a reference and
    // offers a fix, then look for it in the UI. Which finding that is, is the example's business.
    const cli = JSON.parse(
      execFileSync(
        process.execPath,
        [join(ROOT, 'dist/cli.js'), 'check', '--format', 'json', join(ws, 'draft.article')],
        { cwd: ws, encoding: 'utf8' },
      ).toString(),
    );
    const findings: CliFinding[] = cli.files[0].diagnostics;
    const target = findings.find(
      (f) => f.related.length && f.fixes.length && !draft.slice(f.start, f.end).includes('\n'),
    );
    assert.ok(
      target,
      `the example has a finding that cites a reference and has a fix: ${JSON.stringify(findings.map((f) => f.code))}`,
    );
    const needle = draft.slice(target.start, target.end);
    // The same words may appear earlier (a headline repeating the figure): aim at the flagged occurrence.
    const nth = draft.slice(0, target.start).split(needle).length - 1;
    const refName = target.related[0]!.file.split('/').pop()!;

    const page = await openDraft(
      ws,
      draft
        .split('\n')
        .find((l) => l.trim() && !/^(---|\w+:)/.test(l))!
        .trim()
        .slice(0, 20),
    );
    await t.test('diagnostics appear in the Problems panel', async () => {
      await page.waitForSelector('.monaco-editor [class*="squiggly-"]', { timeout: 60_000 });
      await page.keyboard.press('Control+Shift+M');
      await page
        .locator('.markers-panel .monaco-list-row', { hasText: target.message.slice(0, 25) })
        .first()
        .waitFor({ timeout: 20_000 });
      await shot(page, 'examples-problems');
      await page.keyboard.press('Control+Shift+M');
    });
    await t.test('a code lens gives the whole article', async () => {
      await page
        .locator('.monaco-editor .codelens-decoration', { hasText: 'Copydesk — whole article' })
        .first()
        .waitFor({ timeout: 20_000 });
    });
    await t.test(`hovering "${needle}" quotes ${refName} and links to it`, async () => {
      await hoverOver(
        page,
        needle,
        new RegExp(target.related[0]!.title.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
        nth,
      );
      const link = page.locator('.monaco-hover:visible a', { hasText: /line \d+/ });
      await link.first().waitFor({ timeout: 5_000 });
      const hrefs = await link.evaluateAll((els) =>
        els.map((e) => e.getAttribute('data-href') ?? e.getAttribute('href') ?? ''),
      );
      assert.ok(
        hrefs.some((h) => decodeURIComponent(h).includes(`/references/${refName}#L`)),
        JSON.stringify(hrefs),
      );
      await shot(page, 'examples-hover');
    });
    await t.test('the shipped .copydesk.json gives the editor the same references as the CLI', async () => {
      await page
        .locator('.statusbar-item', { hasText: /Copydesk: 2 references · / })
        .first()
        .waitFor({ timeout: 30_000 });
      const toasts = await page.locator('.notification-toast', { hasText: /no reference/ }).count();
      assert.equal(toasts, 0, 'no "no references" notification for the example');
    });
    await t.test('the README screenshot: side bar by status, lenses, a hover and the status bar together', async () => {
      await page
        .locator(
          '.activitybar .action-item a[aria-label^="Copydesk"], .activitybar .action-item[aria-label^="Copydesk"]',
        )
        .first()
        .click({ timeout: 20_000 });
      await page
        .locator('.sidebar .monaco-list-row', { hasText: /Conflicting \([1-9]\d*\)/ })
        .first()
        .waitFor({ timeout: 20_000 });
      await hoverOver(
        page,
        needle,
        new RegExp(target.related[0]!.title.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
        nth,
      );
      await page.waitForTimeout(500);
      await shot(page, 'readme-editor');
      await page.mouse.move(5, 5);
      await page.keyboard.press('Control+Shift+E');
    });
    await t.test(`quick fix "${target.fixes[0]!.title}" edits the text`, async () => {
      await quickFix(
        page,
        needle,
        new RegExp(target.fixes[0]!.title.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
        nth,
      );
      await page
        .locator('.monaco-editor .view-lines', { hasText: target.fixes[0]!.newText })
        .waitFor({ timeout: 10_000 });
      await shot(page, 'examples-quickfix');
    });
  },
);

// A reporter's folder with no .copydesk.json: Copydesk must say that it has nothing to check against, offer to create
// the file, and pick the references up once there are some. Also: Article files read as prose (wrapped, typographic
// quotes without "unusual Unicode" boxes, no word suggestions popping up while typing).
const PROSE = [
  'Ferry terminal approved after a long night',
  '',
  `The island’s council approved the new ferry terminal shortly after midnight, ending a debate that had run for more than six hours and drawn residents from every village on the island, many of whom said the old pier had been unsafe for years and that the “temporary” repairs promised in 2019 had never been made; the council’s own engineers told the meeting that the pier’s timber piles were rotting.`,
  '',
  '“We will not let the island be cut off again,” the mayor said.',
  '',
  'Experts say the terminal will double the number of visitors.',
  '',
].join('\n');

test(
  'copydesk.vsix in code-server: no references configured, prose defaults for Article files',
  { skip, timeout: 300_000 },
  async (t) => {
    const ws = join(mkdtempSync(join(tmpdir(), 'copydesk-ws-')), 'island-desk');
    mkdirSync(ws, { recursive: true });
    writeFileSync(join(ws, 'draft.article'), PROSE);
    // The same words in a log file (a language with no prose defaults of its own): VS Code's defaults apply there,
    // which shows that the checks below can fail.
    writeFileSync(join(ws, 'notes.log'), PROSE);
    const { cs, browser } = await editor();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${cs.url}?folder=${encodeURIComponent(ws)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    const open = async (name: string, firstWords: string) => {
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).click({ timeout: 30_000 });
      await page.locator('.monaco-editor .view-lines', { hasText: firstWords }).waitFor({ timeout: 30_000 });
    };
    const visible = (selector: string) =>
      page.evaluate(
        `[...document.querySelectorAll(${JSON.stringify(selector)})].filter((e) => { const r = e.getBoundingClientRect(); const st = getComputedStyle(e); return r.width > 0 && r.height > 0 && st.display !== 'none' && st.visibility !== 'hidden'; }).length`,
      ) as Promise<number>;
    const BOXES = '.monaco-editor .unicode-highlight';
    const SUGGESTIONS = '.monaco-editor .suggest-widget .monaco-list-row';
    /** Polls until `count` is at least one (or the time is up); returns the last count. */
    const eventually = async (count: () => Promise<number>, ms: number) => {
      const end = Date.now() + ms;
      let n = await count();
      while (n === 0 && Date.now() < end) {
        await page.waitForTimeout(250);
        n = await count();
      }
      return n;
    };
    const typeAtEnd = async () => {
      const r = await rectOf(page, 'visitors.');
      await page.mouse.click(r.x + r.w + 2, r.y + r.h / 2);
      await page.keyboard.press('End');
      await page.keyboard.type(' The isl', { delay: 60 });
    };

    await t.test(
      'the control: another language keeps VS Code defaults (no wrap, boxed quotes, word suggestions)',
      async () => {
        await open('notes.log', 'Ferry terminal approved');
        const boxes = await eventually(() => visible(BOXES), 10_000);
        const lines = await visible('.monaco-editor .view-line');
        assert.ok(lines < PROSE.split('\n').length + 2, `no wrap: ${lines} view lines`);
        await typeAtEnd();
        let suggestions = await eventually(() => visible(SUGGESTIONS), 5_000);
        // On a loaded machine the list may not pop up by itself in time: asking for it shows what VS Code would offer.
        if (!suggestions) {
          await page.keyboard.press('Control+Space');
          suggestions = await eventually(() => visible(SUGGESTIONS), 10_000);
        }
        await shot(page, 'vscode-prose-control');
        t.diagnostic(`log file: ${lines} view lines, ${boxes} unicode boxes, ${suggestions} suggestion lists`);
        assert.ok(boxes > 0, 'VS Code boxes typographic quotes by default');
        assert.ok(suggestions > 0, 'VS Code suggests words by default');
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+z');
      },
    );

    await t.test(
      'the article: a notification says no references are configured, and offers to create .copydesk.json',
      async () => {
        await open('draft.article', 'Ferry terminal approved');
        const toast = page.locator('.notification-toast', { hasText: /no reference articles to check against/ });
        await toast.first().waitFor({ timeout: 60_000 });
        const item = page.locator('.statusbar-item', { hasText: /Copydesk: no references/ });
        await item.first().waitFor({ timeout: 20_000 });
        await shot(page, 'vscode-no-references');
        await toast
          .locator('a.monaco-button, .monaco-button', { hasText: 'Create .copydesk.json' })
          .first()
          .click({ timeout: 10_000 });
        const file = join(ws, '.copydesk.json');
        const deadline = Date.now() + 20_000;
        while (!existsSync(file) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
        assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), { references: ['references'] });
        await page.locator('.tabs-container .tab', { hasText: '.copydesk.json' }).first().waitFor({ timeout: 20_000 });
      },
    );

    await t.test('then the status bar says the configured references match no files, until one is added', async () => {
      await open('draft.article', 'Ferry terminal approved');
      await page
        .locator('.statusbar-item', { hasText: /Copydesk: no reference files found/ })
        .first()
        .waitFor({ timeout: 60_000 });
      mkdirSync(join(ws, 'references'));
      writeFileSync(
        join(ws, 'references/island-wire.txt'),
        'Island council approves ferry terminal\n\n“We will not let the island be cut off again,” Mayor Tove Lindqvist told the council.\n',
      );
      // VS Code's file watcher sees the new folder (the explorer shows it) and tells the server through the client.
      await page
        .locator('.explorer-folders-view .monaco-list-row', { hasText: 'references' })
        .first()
        .waitFor({ timeout: 30_000 });
      await page
        .locator('.statusbar-item', { hasText: /Copydesk: 1 reference · / })
        .first()
        .waitFor({ timeout: 60_000 });
      await shot(page, 'vscode-status-bar-one-reference');
    });

    await t.test(
      'Article files are wrapped, show typographic quotes plainly and suggest no words while typing',
      async () => {
        // Word wrap: the long paragraph takes several screen lines, and nothing scrolls sideways.
        const lines = await visible('.monaco-editor .view-line');
        assert.ok(
          lines >= PROSE.split('\n').length + 2,
          `${lines} view lines for ${PROSE.split('\n').length} lines of text`,
        );
        // As long as the control took to show its boxes and suggestions, and more.
        await page.waitForTimeout(3_000);
        assert.equal(await visible(BOXES), 0, 'no boxes around ’ “ ”');
        // Typing the start of a word the article already holds: no suggestion list.
        await typeAtEnd();
        await page.waitForTimeout(3_000);
        assert.equal(await visible(SUGGESTIONS), 0, 'no word-based suggestions while typing');
        // Nor when asked for: an article has nothing to complete.
        await page.keyboard.press('Control+Space');
        await page.waitForTimeout(3_000);
        assert.equal(await visible(SUGGESTIONS), 0, 'no word-based suggestions on request');
        await page.keyboard.press('Escape');
        await shot(page, 'vscode-prose-defaults');
      },
    );
    await page.close();
  },
);
