# vn-domain-assistant — every command installs what it is missing first.
#   make build   dist/ (the embeddable widget and the demo pages)
#   make serve   build, then serve the demo on http://127.0.0.1:8080
#   make size    build, then print what a visitor downloads (raw, gzip, brotli)
#   make test    install test tools, build, run lints and every suite
#   make bench   install test tools, build, print the speed and size figures (a table)
#   make fuzz    local only, needs nightly: 10-minute fuzz runs per target (fuzz/README.md)
#   make mutants mutation score of the pure core per module, survivors to mutants.out/survivors.txt;
#                DIFF=1: only the mutants in the current change (against BASE, default HEAD)
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
PORT ?= 8080

.PHONY: build serve size test bench lint unit e2e fuzz mutants
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
	@# The builds of tools/build.sh differ only in Lang::pick, Journey::assisted and web::checks; lint one of each.
	cargo clippy --target wasm32-unknown-unknown --quiet --features only-km -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --quiet --features only-km,without-assisted -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --quiet --features only-km,only-assisted -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --quiet --features only-km,only-check -- -D warnings

unit:
	cargo test --quiet

e2e:
	node --test --test-concurrency=1 tests/e2e/

# Not part of `make test` (nor CI: nightly only); `make unit` replays the corpora on stable.
fuzz:
	fuzz/fuzz.sh

# Not part of `make test` (too long for two cores: README, Mutation testing): do
# the tests fail when the core's code is changed? cargo-mutants (pinned in
# tools/setup.sh) mutates the functions of src/ but src/web/ (.cargo/mutants.toml,
# which also lists the mutants that cannot change behaviour, each with why) and runs
# `cargo test` on each, one at a time, at the lowest CPU priority; then prints the
# score per module and writes the survivors to mutants.out/survivors.txt, failing
# when a module is under 95 %. FILE=src/date.rs mutates one file. DIFF=1 mutates
# only the lines changed against BASE (default HEAD: uncommitted work; BASE=HEAD~1
# for the last commit), into target/mutants-diff/mutants.out.
DIFF ?=
BASE ?= HEAD
FILE ?=
MUTANTS_OUT = $(if $(DIFF),target/mutants-diff/mutants.out,mutants.out)
mutants:
	tools/setup.sh mutants
	@mkdir -p target/mutants-diff
	@if [ -n "$(DIFF)" ]; then \
	  git diff $(BASE) -- src > target/mutants-diff/change.diff; \
	  if [ ! -s target/mutants-diff/change.diff ]; then echo "mutants: nothing changed in src/ against $(BASE)"; exit 0; fi; \
	  rm -rf target/mutants-diff/mutants.out; \
	  args="--in-diff target/mutants-diff/change.diff --output target/mutants-diff"; \
	else \
	  args="$(if $(FILE),--file $(FILE))"; \
	fi; \
	rc=0; nice -n 19 cargo mutants --jobs 1 --no-shuffle $$args || rc=$$?; \
	case $$rc in 0|2|3) ;; *) echo "mutants: cargo-mutants failed ($$rc)"; exit $$rc ;; esac; \
	if [ ! -f $(MUTANTS_OUT)/outcomes.json ]; then echo "mutants: no mutants in the change"; exit 0; fi; \
	python3 tools/mutants-score.py $(MUTANTS_OUT) --min 95
