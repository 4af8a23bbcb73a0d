#!/usr/bin/env bash
# Installs Debian's chromium for the HTML report test (test/cli/htmlReport.test.ts drives /usr/bin/chromium through
# playwright-core; playwright's own browser download cannot work without network access beyond npm and apt).
# Idempotent and quiet; waits for another apt run's lock instead of failing.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=600 update -qq
apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
/usr/bin/chromium --version
