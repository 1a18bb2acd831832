# bouton-3018 — every entry point a newcomer or CI needs. Each target installs what is missing
# first (scripts/bootstrap.sh is idempotent and takes seconds when warm).
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
WASM_PACK := wasm-pack
# --mode no-install: wasm-pack must never try the network (docs/toolchain.md).
WASM_PACK_FLAGS := --mode no-install

.PHONY: all bootstrap build pkg dist www demo test test-native test-readability test-wasm test-wasm-firefox test-wasm-webkit test-e2e test-package test-orca orca-transcripts lint bench fuzz clean screenshots

all: build

bootstrap:
	@bash scripts/bootstrap.sh

## build: pkg/ (npm package contents), dist/ (script tag), www/dist/ (demo)
build: bootstrap pkg dist www

pkg:
	$(WASM_PACK) build --target web --release $(WASM_PACK_FLAGS) --out-dir pkg --out-name bouton_3018
	@# wasm-pack writes pkg/.gitignore with `*`, which would make `npm pack` drop pkg/ silently.
	@rm -f pkg/.gitignore pkg/package.json pkg/README.md pkg/LICENSE-*
	@printf 'pkg/bouton_3018_bg.wasm: %s bytes, %s gz\n' "$$(wc -c < pkg/bouton_3018_bg.wasm)" "$$(gzip -9c pkg/bouton_3018_bg.wasm | wc -c)"

dist: pkg
	node scripts/build-dist.mjs

www: pkg
	webpack --mode production

## demo: build everything and serve the demo on http://127.0.0.1:8080
demo: build
	@echo "Demo: http://127.0.0.1:8080  (Ctrl-C to stop)"
	webpack serve --mode development

## test: every suite (what CI runs)
test: bootstrap lint test-native test-readability build test-package test-wasm test-wasm-firefox test-wasm-webkit test-e2e test-orca
	@echo "make test: all suites passed"

lint:
	cargo fmt --all -- --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings

test-native:
	cargo test

## test-readability: sentence lengths and readability scores of every visible text, both
## registers, both locales (examples/texts_corpus.rs prints them, scripts/readability.py measures
## them with textstat 0.7.8, which scripts/bootstrap.sh installs; docs/easy-read.md). Prints the
## table; fails when an easy text breaks a target (a sentence over 15 words, a mean over 10, a
## score under 80) or the standard register does worse than docs/readability.json.
test-readability:
	@corpus=$$(mktemp); trap 'rm -f "$$corpus"' EXIT; cargo run --quiet --example texts_corpus > "$$corpus"; python3 scripts/readability.py "$$corpus" --baseline docs/readability.json

test-wasm:
	$(WASM_PACK) test --headless --chrome $(WASM_PACK_FLAGS) -- --test web --test panic

## test-wasm-firefox: the same browser tests in a second engine (Debian firefox-esr, geckodriver
## from `cargo install`; its binary and offline prefs are in webdriver.json).
test-wasm-firefox:
	GECKODRIVER=$(HOME)/.cargo/bin/geckodriver $(WASM_PACK) test --headless --firefox $(WASM_PACK_FLAGS) -- --test web --test panic

## test-wasm-webkit: the same browser tests in WebKit (Debian's WebKitGTK MiniBrowser, driven by
## its WebKitWebDriver on a private Xvfb display: scripts/webkit-driver.sh). wasm-pack has no
## WebKit mode on Linux; cargo runs the same wasm-bindgen-test-runner (.cargo/config.toml).
test-wasm-webkit:
	bash scripts/webkit-driver.sh cargo test --target wasm32-unknown-unknown --test web --test panic

## test-e2e: the end-to-end suites. The accessibility contract, the presets (demo), the script
## tag and its no-wasm fallback run in Chromium, Firefox and WebKit (tests/e2e/engines.mjs;
## E2E_ENGINES=webkit for one); the others in Chromium.
## Three files at a time: the accessibility suite's three engines (a11y.<engine>.test.mjs) run
## side by side; most of their time is spent waiting on the browsers, not on the CPU.
test-e2e:
	node --test --test-concurrency=3 tests/e2e/

## test-package: the packed tarball as the ecosystem's linters judge it, any finding fails:
## publint (suggestions included: it exits 0 on those, so its "All good!" is required; colours off,
## and stripped anyway: under CI=true picocolors turns them on and the line no longer matched) and
## @arethetypeswrong/cli with the esm-only profile (the package is ESM-only by design, so only
## the CommonJS resolutions are left out). Each runs `npm pack` itself (prepack included).
test-package:
	@out=$$(NO_COLOR=1 publint run --strict --level suggestion) || { echo "$$out"; exit 1; }; echo "$$out"; sed "s/\x1b\[[0-9;]*m//g" <<< "$$out" | grep -qx "All good!"
	attw --pack . --profile esm-only --no-color

## test-orca: a real screen reader (Orca, over AT-SPI) reads the widget in Firefox ESR and
## Chromium; what it says is asserted (tests/orca/, docs/accessibility.md "What is heard").
## Debian's python3: pyatspi and Orca's modules are Debian packages.
test-orca:
	/usr/bin/python3 tests/orca/run.py

## orca-transcripts: runs the screen-reader suite and writes what Orca said, per browser and
## scenario, to tests/orca/transcripts/ (quoted by docs/accessibility.md). Not part of `make test`.
orca-transcripts: build
	/usr/bin/python3 tests/orca/run.py --transcripts tests/orca/transcripts

## screenshots: regenerate docs/screenshots/*.png (phone and desktop, line open and closed;
## fails on an axe violation or a console error). Not part of `make test`.
screenshots: build
	node scripts/screenshots.mjs

## bench: bytes, init, time to modal (vs a plain-JS <dialog>), 1,000 open/close cycles and the
## core's speed, each against its budget (bench/BUDGET.md); headless Chromium on loopback.
## Prints a table, writes bench/results.json. Release build first (pkg/ and dist/ are always
## release). Not part of `make test`.
bench: bootstrap pkg dist
	node bench/run.mjs

## fuzz: the cargo-fuzz targets in fuzz/ (native, libFuzzer + AddressSanitizer), FUZZ_SECONDS
## each (default 600): `config` (any JSON through the config decoder and the view model) and
## `schedule` (is_open/next_change consistency). Not part of `make test`. A crash lands in
## fuzz/artifacts/: copy it to fuzz/regressions/, which `cargo test` replays
## (tests/fuzz_regressions.rs). The toolchain is stable: RUSTC_BOOTSTRAP=1 lets cargo-fuzz pass
## its -Z flags.
FUZZ_SECONDS ?= 600
CARGO_FUZZ_VERSION := 0.13.2
fuzz:
	@cargo fuzz --version 2>/dev/null | grep -q " $(CARGO_FUZZ_VERSION)$$" || cargo install cargo-fuzz --version $(CARGO_FUZZ_VERSION) --locked
	mkdir -p fuzz/target/corpus/config fuzz/target/corpus/schedule
	cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run -O config target/corpus/config seeds/config -- -dict=config.dict -max_total_time=$(FUZZ_SECONDS) -timeout=10 -print_final_stats=1
	cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run -O schedule target/corpus/schedule -- -max_total_time=$(FUZZ_SECONDS) -timeout=10 -print_final_stats=1

clean:
	rm -rf pkg dist www/dist target
