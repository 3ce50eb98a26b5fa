#!/usr/bin/env bash
# Builds dist/ (embed contract): release wasm -> wasm-bindgen --target web ->
# wasm-opt -Oz -> the element module with the stylesheet inlined, plus the pages.
# No Trunk: it injects inline scripts that strict CSPs block.
set -euo pipefail
cd "$(dirname "$0")/.."
target_dir=${CARGO_TARGET_DIR:-target}

cargo build --release --target wasm32-unknown-unknown --quiet
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
wasm-bindgen --target web --no-typescript --out-dir "$out" \
  "$target_dir/wasm32-unknown-unknown/release/vn_domain_assistant.wasm"
# binaryen from npm (current); Debian's wasm-opt 108 is too old for today's rustc output.
node_modules/.bin/wasm-opt -Oz --strip-debug --strip-producers \
  "$out/vn_domain_assistant_bg.wasm" -o "$out/vn_domain_assistant_bg.wasm"
python3 tools/dist.py "$out" dist
echo "build: dist/ ready ($(du -sh dist | cut -f1))"
