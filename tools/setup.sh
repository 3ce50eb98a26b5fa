#!/usr/bin/env bash
# Installs what the build (and, with `test`, the test suites) need — only what is
# missing, so a second run takes a second. Works on a fresh Debian with rustup,
# Node, Python and git; needs root or sudo only for Debian packages.
#   tools/setup.sh build   wasm32 target, the wasm's nightly toolchain (tools/wasm-toolchain) with
#                          rust-src, wasm-bindgen CLI = Cargo.lock's, npm tools (wasm-opt)
#   tools/setup.sh test    build + Chromium, ChromeDriver, dnsdist, NSD, openssl (also for make bench),
#                          Firefox ESR, WebKitGTK's WebKitWebDriver and Xvfb (the cross-engine suite)
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-build}
say() { echo "setup: $*"; }

# tools/setup.sh mutants: only cargo-mutants, exactly this version (make mutants
# tests the native core, so nothing the build or the browsers need). Ahead of the
# other blocks so that this mode runs none of them.
if [ "$mode" = mutants ]; then
  want=27.1.0
  have=$(cargo mutants --version 2>/dev/null | awk '{ print $2 }' || true)
  if [ "$have" != "$want" ]; then
    say "installing cargo-mutants $want (had: ${have:-none}); takes a few minutes once"
    # --locked first; without it when the crates mirror lags the tool's lockfile.
    cargo install cargo-mutants --version "$want" --locked ||
      cargo install cargo-mutants --version "$want"
  fi
  exit 0
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
# The release wasm is built with a pinned nightly (tools/build.sh says why); its
# standard library is compiled from source, so it needs rust-src, not a wasm32 rust-std.
toolchain=$(cat tools/wasm-toolchain)
if ! rustup component list --toolchain "$toolchain" --installed 2>/dev/null | grep -q '^rust-src'; then
  say "installing $toolchain with rust-src, for the release wasm (~10 s)"
  if ! rustup toolchain install "$toolchain" --profile minimal --component rust-src; then
    say "could not install $toolchain (named in tools/wasm-toolchain). Pick a nightly"
    say "rustup can install here, write it there and run make test (README, Size and speed)."
    exit 1
  fi
fi
# rustfmt and clippy come with the default rustup profile; add them if a minimal one was used.
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    rustup component add "$component"
  fi
done

# The CLI must be exactly the wasm-bindgen version in Cargo.lock.
want=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$have" != "$want" ]; then
  say "installing wasm-bindgen-cli $want (had: ${have:-none}); takes ~4 minutes once"
  # Not --locked: the crates mirror can lag the CLI's own lockfile.
  cargo install wasm-bindgen-cli --version "$want"
fi

# npm tools, exactly as package-lock.json pins them; re-installed when it changes.
stamp=node_modules/.vnda-lock.sha256
if [ ! -f "$stamp" ] || ! sha256sum --status -c "$stamp" 2>/dev/null; then
  say "installing npm tools (binaryen's wasm-opt, esbuild, playwright-core, puppeteer-core,"
  say "selenium-webdriver, axe-core, html-validate, typescript)"
  # puppeteer-core drives Debian's Firefox ESR; it must never download a browser.
  PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund
  sha256sum package-lock.json > "$stamp"
fi

[ "$mode" = build ] && exit 0

apt_missing=()
need() { command -v "$1" >/dev/null 2>&1 || apt_missing+=("$2"); }
need chromium chromium
need chromedriver chromium-driver
need dnsdist dnsdist
[ -x /usr/sbin/nsd ] || apt_missing+=(nsd)
need openssl openssl # make bench: a throw-away certificate for its HTTP/2 resolver
# The cross-engine suite (tests/e2e/engines.test.mjs): Firefox ESR over WebDriver BiDi,
# WebKitGTK's MiniBrowser through WebKitWebDriver, which needs an X display (Xvfb).
need firefox-esr firefox-esr
need WebKitWebDriver webkit2gtk-driver
need Xvfb xvfb
# Khmer glyphs in screenshots and rendering tests (Debian 12 names it fonts-khmeros;
# fonts-khmeros-core is a later release's split of it and is not in bookworm).
[ -d /usr/share/fonts/truetype/khmeros ] || apt_missing+=(fonts-khmeros)
if [ ${#apt_missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${apt_missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${apt_missing[@]}"
fi
