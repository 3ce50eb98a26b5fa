#!/usr/bin/env bash
# Builds dist/ (embed contract): for each language and build family a release wasm
# holding only that language's texts (feature only-<lang>) and only that family's
# code (the visitor's journey: feature without-assisted; assisted mode: only-assisted)
# -> wasm-bindgen --target web -> wasm-opt -Oz; then the element module with the
# stylesheet inlined, plus the pages.
# No Trunk: it injects inline scripts that strict CSPs block.
set -euo pipefail
cd "$(dirname "$0")/.."
target_dir=${CARGO_TARGET_DIR:-target}

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# The wasm is built with the nightly named in tools/wasm-toolchain, its standard
# library compiled with our profile, so that a panic is a bare trap: no panic
# messages, locations or formatting code (measured: -23 KB gzip of 262 KB). Nothing
# is lost: with `panic = "abort"` a panic already stopped the wasm without a word
# (the standard library's message went to no console), and the core never panics.
# `Debug` formatting is compiled out too (-3 KB): nothing the widget shows uses it
# (json.rs quotes values itself; an e2e test reads such a message). The standard
# library's `optimize_for_size` picks its smaller implementations (-2 KB).
# Native builds and tests stay on stable. The rustflags below are added to those of
# .cargo/config.toml.
toolchain=$(cat tools/wasm-toolchain)
# The wasm's linker is tools/wasm-ld.sh: this nightly's rust-lld, without the
# exports of wasm-streams' unused JS stream classes.
WASM_LD_REAL="$(rustc "+$toolchain" --print sysroot)/lib/rustlib/$(rustc "+$toolchain" -vV | sed -n 's/^host: //p')/bin/rust-lld"
export WASM_LD_REAL
for build in $(python3 tools/dist.py --builds); do
  lang=${build%%.*}
  family=${build#*.}
  case $family in
    assisted) features="only-$lang,only-assisted" ;;
    check) features="only-$lang,only-check" ;;
    *) features="only-$lang,without-assisted" ;;
  esac
  # `cargo rustc --crate-type cdylib`, not `cargo build`: the library is also an
  # rlib (for the tests), and for a cdylib+rlib target cargo leaves out `-C lto`,
  # so `lto = true` in Cargo.toml never applied to the wasm. Built as a cdylib alone,
  # it is one fat-LTO module (found by the size study on branch size-study).
  cargo "+$toolchain" rustc --lib --crate-type cdylib --release --target wasm32-unknown-unknown --quiet --features "$features" \
    -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size \
    --config "target.wasm32-unknown-unknown.rustflags = ['-Zunstable-options', '-Cpanic=immediate-abort', '-Zlocation-detail=none', '-Zfmt-debug=none']" \
    -- -C linker="$PWD/tools/wasm-ld.sh"
  wasm-bindgen --target web --no-typescript --out-dir "$out/$build" \
    "$target_dir/wasm32-unknown-unknown/release/vn_domain_assistant.wasm"
  # binaryen from npm (current); Debian's wasm-opt 108 is too old for today's rustc output.
  node_modules/.bin/wasm-opt -Oz --strip-debug --strip-producers \
    "$out/$build/vn_domain_assistant_bg.wasm" -o "$out/$build/vn_domain_assistant_bg.wasm"
  # The names the wasm and the glue share, hashes and Rust type paths, made short
  # in both (tools/short_names.py).
  python3 tools/short_names.py "$out/$build"
done
python3 tools/dist.py "$out" dist
echo "build: dist/ ready ($(du -sh dist | cut -f1))"
