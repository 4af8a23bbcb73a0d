#!/usr/bin/env bash
# The real-editor tests, end to end: installs the editors if needed (.ci/editors.sh, cached), packages copydesk.vsix,
# then runs
#   - Neovim 0.7 and Emacs 28 + eglot against the stdio server (test/editors/clients.test.ts),
#   - the .vsix in code-server 4.100.3 driven by headless Chromium (test/editors/vscode-ui.test.ts),
#   - the extension integration tests through @vscode/test-electron's runTests (client/src/test/runTest.ts).
# Screenshots land in .test-artifacts/editors/. UPDATE_SCREENSHOT=1 also refreshes images/screenshot.png (marketplace)
# and images/editor.png (the README's editor section).
# Ends with one line: "editors: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
t0=$SECONDS
export CODE_SERVER_BIN
CODE_SERVER_BIN="$(.ci/editors.sh | tail -1)" || { echo "editors: install failed"; echo "editors: 0 passed, 1 failed"; exit 1; }
echo "editors: installs ready in $((SECONDS - t0)) s"

t=$SECONDS
npm run --silent package >/dev/null 2>.test-artifacts-package.log || { cat .test-artifacts-package.log; rm -f .test-artifacts-package.log; echo "editors: 0 passed, 1 failed"; exit 1; }
rm -f .test-artifacts-package.log
echo "editors: copydesk.vsix packaged in $((SECONDS - t)) s ($(stat -c %s copydesk.vsix) bytes)"

mkdir -p .test-artifacts/editors
# A missing editor fails the run here instead of skipping its test.
export COPYDESK_REQUIRE_EDITORS=1
t=$SECONDS
node --import tsx --test --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination=.test-artifacts/editors/node-test.tap \
  test/editors/clients.test.ts test/editors/vscode-ui.test.ts
node_rc=$?
pass=$(sed -n 's/^# pass \([0-9]*\)/\1/p' .test-artifacts/editors/node-test.tap | tail -1); pass=${pass:-0}
fail=$(sed -n 's/^# fail \([0-9]*\)/\1/p' .test-artifacts/editors/node-test.tap | tail -1); fail=${fail:-0}
echo "editors: Neovim, Emacs and code-server UI tests in $((SECONDS - t)) s"

t=$SECONDS
node --import tsx client/src/test/runTest.ts 2>&1 | tee .test-artifacts/editors/integration.log | grep -vE '^(Ignoring fetching|Creating a socket|Resolv|\[Service Worker\]|Updating additional|ChatSessionStore)'
it_rc=${PIPESTATUS[0]}
it_pass=$(grep -cE '^ok - ' .test-artifacts/editors/integration.log || true)
it_fail=$(grep -cE '^not ok - ' .test-artifacts/editors/integration.log || true)
[ "$it_rc" -ne 0 ] && [ "$it_fail" -eq 0 ] && it_fail=1
echo "editors: extension integration tests (runTests in code-server) in $((SECONDS - t)) s"

if [ "${UPDATE_SCREENSHOT:-}" = 1 ] && [ -f .test-artifacts/editors/marketplace-screenshot.png ]; then
  cp .test-artifacts/editors/marketplace-screenshot.png images/screenshot.png
fi
if [ "${UPDATE_SCREENSHOT:-}" = 1 ] && [ -f .test-artifacts/editors/readme-editor.png ]; then
  cp .test-artifacts/editors/readme-editor.png images/editor.png
fi
[ "$node_rc" -ne 0 ] && [ "$fail" -eq 0 ] && fail=1
echo "editors: total $((SECONDS - t0)) s"
echo "editors: $((pass + it_pass)) passed, $((fail + it_fail)) failed"
[ "$node_rc" -eq 0 ] && [ "$it_rc" -eq 0 ]
