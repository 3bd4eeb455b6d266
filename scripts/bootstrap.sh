#!/usr/bin/env bash
# Installs what building and testing need, each step skipped when the right version is
# already there. Usage: scripts/bootstrap.sh [--browser]
#   --browser  also Debian's chromium and chromium-driver (tests only; the demo needs none)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

WASM_PACK_VERSION=0.15.1
# wasm-pack must find the wasm-bindgen CLI of exactly the version in Cargo.lock, or it
# would try to download one, which fails on machines without general internet access.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock 2>/dev/null || true)
if [ -z "$WASM_BINDGEN_VERSION" ]; then
  cargo generate-lockfile
  WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
fi

step() { printf '\033[1m== %s\033[0m\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(wasm-pack --version 2>/dev/null)" != "wasm-pack $WASM_PACK_VERSION" ]; then
  step "cargo install wasm-pack $WASM_PACK_VERSION"
  cargo install wasm-pack --version "$WASM_PACK_VERSION" --force
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  step "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: the registry mirror may lack a transitive version that its lock pins.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# npm packages (binaryen's wasm-opt among them): reinstalled only when the lock file changed.
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.portcullis-lock 2>/dev/null)" != "$lock_hash" ]; then
  step "npm install (from package-lock.json)"
  # Not `npm ci`: npm 11 writes lock files without other platforms' optional packages
  # (rollup's, esbuild's) and then refuses them in `npm ci`; `npm install` keeps the locked versions.
  npm install --no-audit --no-fund --no-save
  echo "$lock_hash" > node_modules/.portcullis-lock
fi

if [ "${1:-}" = "--browser" ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    step "apt-get install chromium chromium-driver"
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver
  fi
fi
