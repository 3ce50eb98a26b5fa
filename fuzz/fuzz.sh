#!/usr/bin/env bash
# Long fuzz runs, then the corpora minimised back into fuzz/corpus/<target>/.
# Local and nightly-only (`make fuzz`); CI and `make test` replay the corpora on
# stable instead (tests/fuzz_replay.rs). See fuzz/README.md.
#
#   fuzz/fuzz.sh                 every target, 600 s each, one after the other
#   FUZZ_SECONDS=60 fuzz/fuzz.sh dns config
#   FUZZ_SECONDS=0 fuzz/fuzz.sh       only minimise fuzz/corpus-work/ into fuzz/corpus/
set -euo pipefail
cd "$(dirname "$0")"

seconds=${FUZZ_SECONDS:-600}
keep=${FUZZ_KEEP:-100} # most inputs committed per target (crash-*, regress-*, capture-*, seed-* aside)
if (($# > 0)); then targets=("$@"); else targets=(names cccd taxcode dns config date starter); fi

if ! rustup run nightly rustc --version >/dev/null 2>&1; then
  echo "fuzz: needs a nightly toolchain (cargo-fuzz builds with -Z sanitizer flags):" >&2
  echo "      rustup toolchain install nightly --profile minimal" >&2
  echo "      (not needed for make test: it replays fuzz/corpus on stable)" >&2
  exit 1
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz: installing cargo-fuzz (once)" >&2
  cargo install cargo-fuzz --locked
fi

# The crate's core has no unsafe code: AddressSanitizer would only cost speed.
fuzz=(cargo +nightly fuzz)
opts=(-s none)
mkdir -p logs
for t in "${targets[@]}"; do
  work=corpus-work/$t
  mkdir -p "$work"
  if ((seconds > 0)); then
    echo "== $t: ${seconds}s" >&2
    nice -n 10 "${fuzz[@]}" run "${opts[@]}" "$t" "$work" "corpus/$t" -- \
      -dict="dict/$t.dict" -max_len=4096 -max_total_time="$seconds" -print_final_stats=1 \
      2>&1 | tee "logs/$t.log" | grep -E '^(#[0-9]+[[:space:]]+(INITED|DONE)|Done|stat::)' >&2
  fi
  # Minimise the working corpus with cargo fuzz cmin (every coverage feature, hit
  # counts included: what the next long run starts from). The committed corpus is
  # smaller still: at most $keep inputs keeping the most edges, picked greedily
  # (cover.py over libFuzzer's merge control file); crash-*, regress-*,
  # capture-* (real answers, see tests/dns_captures/) and seed-* (hand-written
  # hostile pages, corpus/starter/) inputs always stay.
  cp -n corpus/"$t"/* "$work"/ 2>/dev/null || true
  before=$(find "$work" -type f | wc -l)
  nice -n 10 "${fuzz[@]}" cmin "${opts[@]}" "$t" "$work" -- -max_len=4096 \
    >"logs/$t.cmin.log" 2>&1
  after_cmin=$(find "$work" -type f | wc -l)
  scratch=$(mktemp -d)
  rm -f "logs/$t.merge.txt" # an old one would be resumed
  nice -n 10 "${fuzz[@]}" run "${opts[@]}" "$t" "$scratch" "$work" -- -merge=1 \
    -merge_control_file="logs/$t.merge.txt" -max_len=4096 >"logs/$t.merge.log" 2>&1
  rm -rf "$scratch"
  find "corpus/$t" -type f ! -name 'crash-*' ! -name 'regress-*' ! -name 'capture-*' ! -name 'seed-*' -delete
  python3 cover.py "logs/$t.merge.txt" "$keep" 2>"logs/$t.cover.txt" | while read -r f; do
    kept=false
    for k in "corpus/$t"/*; do
      if [[ -e $k ]] && cmp -s "$f" "$k"; then kept=true; fi
    done
    $kept || cp "$f" "corpus/$t/"
  done
  after=$(find "corpus/$t" -type f | wc -l)
  echo "== $t: corpus $before inputs, $after_cmin after cmin; committed $after" \
    "($(cat "corpus/$t"/* | wc -c) bytes): $(cat "logs/$t.cover.txt")" >&2
done
