#!/usr/bin/env bash
# Starts a built Linux app-image once, without a desktop: --version, a tiny drift run, and (where Xvfb and xwininfo
# are installed) the desktop window on a virtual display.
#   installer/smoke-test.sh [IMAGE]      (default: target/installer/DriftLab, made by installer/build-linux.sh)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
image="$(cd "${1:-$root/target/installer/DriftLab}" && pwd)"
launcher="$image/bin/DriftLab"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Run away from the repository, so that the assets must come from the image.
cd "$work"
export DRIFTLAB_RUNS="$work/runs"

step() { echo "smoke-test.sh: $*" >&2; }

step "$launcher --version"
"$launcher" --version | tee "$work/version.txt"
grep -q '^DriftLab ' "$work/version.txt"

step "a tiny drift run"
"$launcher" drift "$root/sample-configs/quickstart.yaml" --limit 50 --reps 1 --times 1s,1d | tee "$work/drift.json"
grep -q '"complete":true' "$work/drift.json"

if ! command -v xvfb-run >/dev/null || ! command -v xwininfo >/dev/null; then
  step "skipping the window check (it needs xvfb-run and xwininfo: apt-get install xvfb x11-utils)"
  exit 0
fi
step "opening the desktop window under Xvfb"
# Inside the virtual display: start the app, wait up to a minute for its main window, close it.
xvfb-run -a -s "-screen 0 1600x1000x24" bash -c '
  "$1" >"$2/window.log" 2>&1 &
  app=$!
  for _ in $(seq 60); do
    if xwininfo -root -tree | grep -q "\"DriftLab "; then
      echo "smoke-test.sh: the window is open" >&2
      kill "$app"; wait "$app" || true
      exit 0
    fi
    kill -0 "$app" 2>/dev/null || break
    sleep 1
  done
  echo "smoke-test.sh: no DriftLab window appeared; the application said:" >&2
  cat "$2/window.log" >&2
  kill "$app" 2>/dev/null || true
  exit 1
' smoke "$launcher" "$work"
