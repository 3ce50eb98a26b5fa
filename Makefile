# vn-domain-assistant — every command installs what it is missing first.
#   make build   dist/ (the embeddable widget and the demo pages)
#   make serve   build, then serve the demo on http://127.0.0.1:8080
#   make size    build, then print what a visitor downloads (raw, gzip, brotli)
#   make test    install test tools, build, run lints and every suite
#   make bench   install test tools, build, print the speed and size figures (a table)
#   make fuzz    local only, needs nightly: 10-minute fuzz runs per target (fuzz/README.md)
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
PORT ?= 8080

.PHONY: build serve size test bench lint unit e2e fuzz
.DEFAULT_GOAL := build

build:
	tools/setup.sh build
	tools/build.sh

serve: build
	node tools/serve.mjs dist $(PORT)

size: build
	python3 tools/size.py dist

test:
	tools/setup.sh test
	$(MAKE) --no-print-directory lint unit
	tools/build.sh
	@# The hard cap (250 KB gzip for one visitor, the heaviest language): fails above it.
	python3 tools/size.py dist --enforce
	$(MAKE) --no-print-directory e2e

# Benchmarks, not timed tests: prints each figure with its budget and verdict
# (tests/bench/bench.mjs); fails only when a figure cannot be taken.
bench:
	tools/setup.sh test
	tools/build.sh
	node tests/bench/bench.mjs

lint:
	cargo fmt --check
	cargo clippy --all-targets --quiet -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --quiet -- -D warnings
	@# The builds of tools/build.sh differ only in Lang::pick and Journey::assisted; lint one of each.
	cargo clippy --target wasm32-unknown-unknown --quiet --features only-km -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --quiet --features only-km,without-assisted -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --quiet --features only-km,only-assisted -- -D warnings

unit:
	cargo test --quiet

e2e:
	node --test --test-concurrency=1 tests/e2e/

# Not part of `make test` (nor CI: nightly only); `make unit` replays the corpora on stable.
fuzz:
	fuzz/fuzz.sh
