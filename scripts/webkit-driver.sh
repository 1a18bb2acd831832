#!/usr/bin/env bash
# Runs a command with a WebKitWebDriver (Debian's webkit2gtk-driver, driving WebKitGTK's
# MiniBrowser: the engine of Safari and of every iPhone browser) listening on a free port, on a
# private Xvfb display, and SAFARIDRIVER_REMOTE pointing at it:
#
#   bash scripts/webkit-driver.sh cargo test --target wasm32-unknown-unknown --test web
#
# wasm-bindgen-test-runner takes a `*_REMOTE` driver before any local one and speaks to it the
# way it speaks to safaridriver (a session with no capabilities); WebKitWebDriver then starts its
# default browser, MiniBrowser in automation mode. MiniBrowser has no headless mode, hence Xvfb.
# Everything it started is stopped on exit.
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 command [args...]" >&2; exit 2; }
command -v WebKitWebDriver >/dev/null || { echo "webkit-driver: WebKitWebDriver not found (apt-get install webkit2gtk-driver; scripts/bootstrap.sh does)" >&2; exit 1; }
command -v Xvfb >/dev/null || { echo "webkit-driver: Xvfb not found (apt-get install xvfb)" >&2; exit 1; }

dir=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$dir"
}
trap cleanup EXIT

# Xvfb picks a free display and writes its number to the given descriptor.
Xvfb -displayfd 3 -nolisten tcp -screen 0 1920x1200x24 3>"$dir/display" 2>"$dir/xvfb.log" &
pids+=($!)
for _ in $(seq 100); do [ -s "$dir/display" ] && break; sleep 0.05; done
[ -s "$dir/display" ] || { echo "webkit-driver: Xvfb did not start: $(cat "$dir/xvfb.log")" >&2; exit 1; }
display=":$(head -n1 "$dir/display")"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
DISPLAY="$display" TZ=Europe/Paris NO_AT_BRIDGE=1 WebKitWebDriver --port="$port" >"$dir/driver.log" 2>&1 &
pids+=($!)
up() { python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=1)' "http://127.0.0.1:$port/status" 2>/dev/null; }
for _ in $(seq 200); do up && break; sleep 0.05; done
up || { echo "webkit-driver: WebKitWebDriver did not start: $(cat "$dir/driver.log")" >&2; exit 1; }
echo "webkit-driver: WebKitWebDriver (webkit2gtk-driver $(dpkg-query -W -f='${Version}' webkit2gtk-driver 2>/dev/null)) on port $port, display $display" >&2

SAFARIDRIVER_REMOTE="http://127.0.0.1:$port" "$@"
