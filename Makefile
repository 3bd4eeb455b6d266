# The two commands of README.md: `make demo` and `make test`.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver
PORT ?= 8080

.PHONY: demo test bootstrap bootstrap-browser build serve lint test-native test-wasm test-js

demo: bootstrap build serve

test: bootstrap-browser lint test-native test-wasm build test-js
	@echo "make test: every suite passed"

bootstrap:
	scripts/bootstrap.sh

bootstrap-browser:
	scripts/bootstrap.sh --browser

# The npm package in pkg/: wasm-pack's web build plus the entry points of scripts/package.mjs.
build:
	wasm-pack build --release --target web --out-dir pkg
	node scripts/package.mjs pkg

serve:
	node scripts/serve.mjs $(PORT)

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings

test-native:
	cargo test

test-wasm:
	wasm-pack test --node
	WASM_BINDGEN_USE_BROWSER=1 wasm-pack test --headless --chrome

test-js:
	node --test tests/js/
