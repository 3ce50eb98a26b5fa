#!/usr/bin/env bash
# The linker of the release wasm (tools/build.sh): the pinned nightly's rust-lld
# (WASM_LD_REAL), without the exports of wasm-streams' JS stream classes.
#
# Leptos' server_fn links wasm-streams, whose #[wasm_bindgen] classes
# (IntoUnderlyingSource, IntoUnderlyingSink, IntoUnderlyingByteSource) rustc asks
# the linker to export from any wasm that links the crate. The widget never uses
# them (no server functions, no streams). Not exported, they and everything only
# they reach (their futures, promise glue, table entries) are left out by the
# linker's GC (measured on the Khmer journey: 4 KB gzip less than dropping the
# exports after linking, which left what the function table holds). wasm-bindgen writes no
# methods for them (an empty class each stays in the glue, never constructed).
set -euo pipefail
args=()
drop=0
for a in "$@"; do
  if [ "$drop" = 1 ]; then
    drop=0
    case $a in
      *intounderlying*) unset 'args[${#args[@]}-1]'; continue ;;
    esac
  fi
  [ "$a" = --export ] && drop=1
  args+=("$a")
done
exec "${WASM_LD_REAL:?set by tools/build.sh}" "${args[@]}"
