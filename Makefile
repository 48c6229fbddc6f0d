# Brink: `make serve` to run it, `make test` to check everything. Both install what is missing.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := serve

PUBLIC_URL ?= /
TOOLS := $(CURDIR)/tools
export PATH := $(TOOLS)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export CHROMEDRIVER ?= /usr/bin/chromedriver

TRUNK_VERSION := 0.21.14
BINARYEN_VERSION := 132
AXE_VERSION := 4.14.1
GECKODRIVER_VERSION := 0.37.1
TWIGGY_VERSION := 0.8.0
WASM_BINDGEN_VERSION = $(shell awk '/^name = "wasm-bindgen"$$/ {getline; gsub(/"/, "", $$3); print $$3}' Cargo.lock)
LOGS := target/test-logs
E2E_SITE := target/e2e-site
# The e2e build's published address, for its link-preview tags (the tests serve it elsewhere).
E2E_SITE_URL := https://example.org/brink/

.PHONY: setup browser-deps serve dist single test lint test-native test-browser test-e2e bench geo proof

## setup: the wasm target, Trunk, the wasm-bindgen-cli Cargo.lock pins, binaryen's wasm-opt, axe-core, crates
setup:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@trunk --version 2>/dev/null | grep -qx "trunk $(TRUNK_VERSION)" \
	  || cargo install trunk --version $(TRUNK_VERSION) --locked
	@wasm-bindgen --version 2>/dev/null | grep -q "^wasm-bindgen $(WASM_BINDGEN_VERSION)\b" \
	  || cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)
	@{ "$(TOOLS)/node_modules/.bin/wasm-opt" --version 2>/dev/null | grep -q "version $(BINARYEN_VERSION)" \
	  && grep -q '"version": "$(AXE_VERSION)"' "$(TOOLS)/node_modules/axe-core/package.json" 2>/dev/null; } \
	  || npm install --prefix "$(TOOLS)" --no-audit --no-fund --silent
	@cargo fetch --quiet

## browser-deps: the three engines the tests drive, from Debian: Chromium and ChromeDriver,
## Firefox ESR (geckodriver built from crates.io at a pinned version), WebKitGTK's WebKitWebDriver
## and MiniBrowser (on Xvfb); and brotli for the byte counts. apt runs when root.
BROWSER_PACKAGES := chromium chromium-driver firefox-esr webkit2gtk-driver xvfb brotli
browser-deps:
	@missing=; for tool in chromium chromedriver firefox-esr WebKitWebDriver Xvfb brotli; do \
	  command -v $$tool >/dev/null || missing="$$missing $$tool"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(BROWSER_PACKAGES) >/dev/null; \
	  else \
	    echo "make test needs$$missing: on Debian run 'sudo apt-get install $(BROWSER_PACKAGES)' and try again (Ubuntu's Firefox is a snap, which geckodriver cannot drive here)." >&2; exit 1; \
	  fi; \
	fi
	@geckodriver --version 2>/dev/null | grep -qx "geckodriver $(GECKODRIVER_VERSION)\( .*\)\?" \
	  || cargo install geckodriver --version $(GECKODRIVER_VERSION) --locked

## serve: build and serve the app on http://127.0.0.1:8080
serve: setup
	trunk serve

## dist: the optimised static site in dist/ (PUBLIC_URL=/brink/ to serve it from a sub-path;
## SITE_URL=https://example.org/brink/, the address it is published at, for link previews;
## CORPUS=path/to/corpus to build the same explorer for another corpus in the schema)
CORPUS ?= assets/corpus
SITE_URL ?=
dist: setup
	BRINK_SITE_URL="$(SITE_URL)" BRINK_CORPUS="$(abspath $(CORPUS))" trunk build --release --public-url "$(PUBLIC_URL)"
	@scripts/sizes.sh dist

## single: dist-single/brink.html, one self-contained page (wasm, script, styles, data and texts
## inlined) that works opened straight from disk, for e-mailing or archiving
SINGLE_SITE := target/single-site
single: setup
	rm -rf $(SINGLE_SITE)
	BRINK_CORPUS="$(abspath $(CORPUS))" trunk build --release --public-url ./ --dist $(SINGLE_SITE)
	cargo run --quiet -p brink-build --bin brink-single -- --site $(SINGLE_SITE) --out dist-single/brink.html

## test: every check, from formatting to end-to-end tests of the release build
test: setup browser-deps lint test-native test-browser test-e2e
	@scripts/test-summary.sh $(LOGS)

## lint: formatting; clippy natively (every crate) and for the browser (the app and the core),
## with functions held to 80 lines (clippy.toml); the layers' import rules (scripts/layers.sh)
CLIPPY_RULES := -D warnings -W clippy::too_many_lines
lint:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets --features brink/ssr --quiet -- $(CLIPPY_RULES)
	cargo clippy -p brink -p brink-core --all-targets --quiet --target wasm32-unknown-unknown -- $(CLIPPY_RULES)
	scripts/layers.sh

## test-native: the core and the build (no browser, no Leptos), then every view rendered to
## HTML natively (the app with its `ssr` feature), with no browser at all
test-native:
	@mkdir -p $(LOGS)
	cargo test -p brink-core -p brink-build -p brink-prerender 2>&1 | tee $(LOGS)/native.log
	cargo test -p brink --features ssr --test views 2>&1 | tee -a $(LOGS)/native.log

## test-browser: the app's components mounted by wasm-bindgen-test in headless Chromium, then in
## headless Firefox. The runner prefers GECKODRIVER to CHROMEDRIVER, so each run names its
## driver alone, and BRINK_ENGINE makes the suite check it is in that engine.
test-browser:
	@mkdir -p $(LOGS)
	env -u GECKODRIVER BRINK_ENGINE=chromium \
	  cargo test -p brink --target wasm32-unknown-unknown --test browser 2>&1 | tee $(LOGS)/browser-chromium.log
	env -u CHROMEDRIVER GECKODRIVER=$$(command -v geckodriver) BRINK_ENGINE=firefox \
	  cargo test -p brink --target wasm32-unknown-unknown --test browser 2>&1 | tee $(LOGS)/browser-firefox.log

## test-e2e: the release build, its first-view files held to byte-budget.txt, then served from the
## sub-path /brink/ and driven through WebDriver: Chromium's full suite, and the reader's journeys
## in Chromium, Firefox and WebKit
test-e2e:
	@mkdir -p $(LOGS)
	rm -rf $(E2E_SITE)
	BRINK_SITE_URL=$(E2E_SITE_URL) trunk build --release --public-url /brink/ --dist $(E2E_SITE)/brink
	scripts/byte-budget.sh $(E2E_SITE)/brink
	cargo run --quiet -p brink-build --bin brink-single -- --site $(E2E_SITE)/brink --out $(E2E_SITE)/brink.html
	BRINK_SITE=$(abspath $(E2E_SITE)) cargo test -p brink-e2e --test e2e -- --test-threads=2 2>&1 | tee $(LOGS)/e2e.log

## bench: bytes, twiggy's largest wasm items, Lighthouse mobile and cold loads beside the Leaflet
## peer, interactions and 10×/100× scaling; prints everything, asserts nothing, and writes
## BENCHMARKS.md. Lighthouse 12 (npm, into tools/bench) and twiggy (cargo) are installed on first
## use, so `make test` never pays for them; the shared script serves both sites gzip-compressed.
BENCH_SITE := target/bench-site
LIGHTHOUSE_JSON := target/lighthouse.json
TWIGGY_JSON := target/twiggy/top.json
bench: setup browser-deps
	rm -rf $(BENCH_SITE) $(LIGHTHOUSE_JSON)
	BRINK_SITE_URL=$(E2E_SITE_URL) trunk build --release --public-url /brink/ --dist $(BENCH_SITE)/brink
	rm -rf $(TOOLS)/bench/runs
	python3 ../shared/peer-leaflet/lighthouse.py $(BENCH_SITE)/brink --prefix brink -n 3 \
	  --tools $(TOOLS)/bench --json $(LIGHTHOUSE_JSON) \
	  || echo "Lighthouse did not run: BENCHMARKS.md will say so" >&2
	@twiggy --version 2>/dev/null | grep -qx "twiggy-opt $(TWIGGY_VERSION)" \
	  || cargo install twiggy --version $(TWIGGY_VERSION) --locked
	rm -rf target/twiggy
	wasm-bindgen --target web --no-typescript --out-dir target/twiggy \
	  target/wasm32-unknown-unknown/release/brink.wasm
	twiggy top --retained -n 40 -f json -o $(TWIGGY_JSON) target/twiggy/brink_bg.wasm
	BRINK_SITE=$(BENCH_SITE) LIGHTHOUSE_JSON=$(LIGHTHOUSE_JSON) LIGHTHOUSE_RUNS=$(TOOLS)/bench/runs TWIGGY_JSON=$(TWIGGY_JSON) \
	  cargo run --release --quiet -p brink-e2e --example bench

## proof: target/proof/index.html, every record as the app shows it beside its quotes, checks flagged
proof:
	cargo run --quiet -p brink-build --example proof

## geo: regenerate assets/geo from Natural Earth (needs PyPI and npm; the output is committed)
geo:
	scripts/geo.sh
