# The two commands of README.md: `make demo` and `make test`.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver
PORT ?= 8080
# The product entries are for browsers, where bytes decide the first paint and checks are
# remembered in JS: optimised for size (z). The full entry has two modules of the same code:
# one for what a bundler ships (browsers, workerd and Vercel edge, whose bundles are counted),
# optimised for size (z: 170 KB gzip -9, where "s" is 193 KB and level 2 223 KB); and one that
# only the Node entry reads from disk, where a server's loads of whole organizations decide
# (level 2: bench-compare's 100,000-resource Portainer state loads in about 147 ms, against
# 198 ms at "s" and 300 ms at z; a fresh process starts about 0.3 ms later than at "s").
# Natively, Cargo's release profile (level 2).
BROWSER_OPT_LEVEL ?= z
FULL_OPT_LEVEL ?= z
NODE_OPT_LEVEL ?= 2

.PHONY: demo test check bench bench-compare bench-bytes bench-deps bootstrap bootstrap-browser build serve lint test-native test-wasm test-js generate generated-fresh

demo: build serve

test: bootstrap-browser lint test-native test-wasm build test-js
	@echo "make test: every suite passed"

# The inner loop: formatting, lints and the native tests (corpus included), in seconds on a warm tree.
check:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo test --quiet

# Per-check costs of the built package under Node, and native load times against list size
# (numbers to read, nothing asserted).
bench: build
	node bench/can.mjs
	cargo run --release --quiet --example native
	cargo run --release --quiet --example load_scaling

# portcullis beside CASL, better-auth, accesscontrol, casbin and Cedar in one run; writes
# bench/RESULTS.md. The peers are dev dependencies of bench/ only, installed here; the browser
# pages need Debian's Chromium, installed as `make test` installs it.
bench-compare: build bench-deps bootstrap-browser
	node bench/compare.mjs

# Where each module's bytes go (twiggy over the three builds, names kept), what a Vite-built
# page ships, and each kernel's floor (built with `load` and `can` alone); writes
# bench/BYTES.md, which bench-compare appends to bench/RESULTS.md.
bench-bytes: build bench-deps
	@command -v twiggy >/dev/null || cargo install twiggy --version 0.8.0
	node bench/bytes.mjs

# The peers (CASL and @casl/react among them), into bench/ only, again only when its lock changed.
bench-deps:
	@lock=$$(sha256sum bench/package-lock.json | cut -d' ' -f1); \
	if [ "$$(cat bench/node_modules/.portcullis-lock 2>/dev/null)" != "$$lock" ]; then \
	  (cd bench && npm install --no-audit --no-fund --no-save) && echo "$$lock" > bench/node_modules/.portcullis-lock; \
	fi

bootstrap:
	scripts/bootstrap.sh

bootstrap-browser:
	scripts/bootstrap.sh --browser

# The npm package in pkg/: four wasm-pack web builds (everything, for bundles and for Node;
# Dokploy alone; Portainer alone, both without the adapters) and the entry points of
# scripts/package.mjs.
build: bootstrap
	CARGO_PROFILE_RELEASE_OPT_LEVEL=$(FULL_OPT_LEVEL) wasm-pack build --release --target web --out-dir pkg
	CARGO_PROFILE_RELEASE_OPT_LEVEL=$(NODE_OPT_LEVEL) wasm-pack build --release --target web --out-dir target/wasm-node
	CARGO_PROFILE_RELEASE_OPT_LEVEL=$(BROWSER_OPT_LEVEL) wasm-pack build --release --target web --out-dir target/wasm-dokploy -- --no-default-features --features dokploy
	CARGO_PROFILE_RELEASE_OPT_LEVEL=$(BROWSER_OPT_LEVEL) wasm-pack build --release --target web --out-dir target/wasm-portainer -- --no-default-features --features portainer
	node scripts/package.mjs pkg target/wasm-dokploy target/wasm-portainer target/wasm-node
	mkdir -p target/npm
	cd pkg && npm pack --silent --pack-destination ../target/npm >/dev/null
	mv target/npm/portcullis-*.tgz target/npm/portcullis.tgz

serve:
	node scripts/serve.mjs $(PORT)

# The product-free core and each product alone must build too (what the per-product modules hold).
lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
	cargo check --no-default-features
	@# Each optional feature with each product alone: what a code or variant gated by feature needs.
	@for product in dokploy portainer; do for feature in catalogs manage slices adapters requests; do \
	  cargo check --quiet --no-default-features --features $$product,$$feature || exit 1; done; done
	cargo clippy --lib --target wasm32-unknown-unknown --no-default-features --features dokploy -- -D warnings
	cargo clippy --lib --target wasm32-unknown-unknown --no-default-features --features portainer -- -D warnings
	RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --quiet
	$(MAKE) --no-print-directory generated-fresh

# 256 random states per property (make check runs 32).
test-native:
	PROPTEST_CASES=256 cargo test

test-wasm:
	wasm-pack test --node
	WASM_BINDGEN_USE_BROWSER=1 wasm-pack test --headless --chrome

# Installs the packed tarball into tests/js as a user would (this also proves `files` is
# complete), again only when the tarball changed.
test-js:
	@tarball=$$(sha256sum target/npm/portcullis.tgz | cut -d' ' -f1); \
	if [ "$$(cat tests/js/node_modules/.portcullis-tarball 2>/dev/null)" != "$$tarball" ]; then \
	  echo "== npm install the packed tarball into tests/js"; \
	  (cd tests/js && rm -rf node_modules && npm install --no-audit --no-fund --no-package-lock --silent) && \
	  echo "$$tarball" > tests/js/node_modules/.portcullis-tarball; \
	fi
	node --test tests/js/

# Every generated file, from its source: the catalogs and the route-roles corpus from
# tests/reference/, the JS tables and class declarations from the Rust table of entry points,
# docs/state-formats.md from the crate's readers.
GENERATED = src/dokploy/catalog_data.rs src/portainer/catalog_data.rs tests/corpus/portainer/route-roles.json \
	js/generated docs/state-formats.md
generate:
	python3 scripts/generate_catalogs.py
	cargo fmt
	python3 scripts/generate_route_roles.py
	UPDATE_GENERATED=1 cargo test --quiet --test generated_js --test state_formats

# Fails when a generated file is not what `make generate` writes from its source.
generated-fresh: generate
	git diff --exit-code --stat -- $(GENERATED)
