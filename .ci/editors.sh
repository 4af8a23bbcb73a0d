#!/usr/bin/env bash
# Installs what the real-editor tests (test/editors/run.sh) need on a fresh Debian 12 box, as root, with only the npm
# registry and Debian apt reachable: Debian's chromium, neovim, emacs + eglot, and code-server 4.100.3 (VS Code 1.100.3,
# the newest code-server whose engines allow Node 20). Idempotent; code-server lives in a cache dir outside the repo
# because it is ~300 MB and must never become a package.json dependency.
# Prints the code-server binary path as its last line.
set -euo pipefail
CACHE="${COPYDESK_CI_CACHE:-${HOME:-$(getent passwd "$(id -u)" | cut -d: -f6)}/.cache/copydesk-ci}"
VER="${CODE_SERVER_VERSION:-4.100.3}"
DEST="$CACHE/code-server-$VER"
export DEBIAN_FRONTEND=noninteractive
mkdir -p "$CACHE"

# libkrb5-dev, build-essential, pkg-config, python3: code-server's native modules (kerberos, argon2, node-pty) build from
# source because their prebuilt binaries are on GitHub. ripgrep stands in for @vscode/ripgrep's GitHub download.
PKGS=(chromium neovim emacs-nox elpa-eglot fonts-dejavu-core libkrb5-dev ripgrep build-essential pkg-config python3)
if ! dpkg -s "${PKGS[@]}" >/dev/null 2>&1; then
  # Another apt run (a parallel job, unattended upgrades) may hold the lock: wait for it rather than fail.
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${PKGS[@]}" >/dev/null
fi

if [ ! -x "$DEST/node_modules/.bin/code-server" ]; then
  mkdir -p "$DEST"
  [ -f "$DEST/package.json" ] || echo '{"name":"copydesk-code-server-host","private":true}' > "$DEST/package.json"
  # @vscode/ripgrep's postinstall looks for this tarball in $TMPDIR before trying api.github.com.
  export TMPDIR="$DEST/.tmp"
  RGC="$TMPDIR/vscode-ripgrep-cache-1.15.11"
  mkdir -p "$RGC"
  if [ ! -f "$RGC/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" ]; then
    d=$(mktemp -d); cp "$(command -v rg)" "$d/rg"
    tar czf "$RGC/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$d" rg; rm -rf "$d"
  fi
  # unsafe_perm: code-server's postinstall.sh refuses to run as root without it (npm 11 still exports it).
  # yes: node-pty's postinstall runs `npx node-gyp`, which a `yes=false` npmrc would refuse.
  ( cd "$DEST" && npm_config_unsafe_perm=true npm_config_yes=true \
      npm install --no-audit --no-fund --foreground-scripts "code-server@$VER" > install.log 2>&1 ) \
    || { tail -50 "$DEST/install.log"; exit 1; }
  test -x "$DEST/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
fi
echo "code-server $(XDG_CONFIG_HOME="$DEST/.tmp" XDG_DATA_HOME="$DEST/.tmp" "$DEST/node_modules/.bin/code-server" --version 2>/dev/null | grep -m1 -E "^[0-9]")" >&2
echo "$DEST/node_modules/.bin/code-server"
