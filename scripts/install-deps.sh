#!/usr/bin/env bash
# Installs the Debian packages a make target needs, and only those that are missing.
# Usage: scripts/install-deps.sh native|web|browser ...
# Runs as root on Debian 12 (the project's machines and CI); elsewhere it only reports.
set -euo pipefail

want=()
check_node=0
for group in "$@"; do
  case "$group" in
    native)  want+=(cmake make g++ python3 nlohmann-json3-dev doctest-dev) ;;
    # brotli, zopfli: the X.br and X.gz copies beside dist/'s files; npm: the JavaScript minifier (scripts/minify).
    web)     want+=(emscripten fonts-inter python3-fonttools xz-utils dpkg-dev brotli zopfli)
             check_node=1 ;;
    browser) want+=(chromium poppler-utils)  # poppler-utils: pdftotext and pdftoppm read the printed report (handout.test.mjs)
             check_node=1 ;;
    fuzz)    want+=(clang-14 libclang-rt-14-dev) ;;
    *) echo "install-deps: unknown group '$group' (native, web, browser, fuzz)" >&2; exit 2 ;;
  esac
done

# A Node.js with npm already on PATH is used as it is (these machines ship NodeSource's 20);
# without one, Debian's nodejs 18.20.4 and npm. Checked below: at least 18.17.
if [ "$check_node" -eq 1 ]; then
  command -v node >/dev/null && command -v npm >/dev/null || want+=(nodejs npm)
fi

missing=()
for pkg in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: missing Debian packages: ${missing[*]} (run as root, or install them)" >&2
    exit 1
  fi
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# playwright-core 1.61 needs Node.js 18; tests/browser/run.mjs needs node:test's reporters and
# run({ concurrency }), which came with 18.17 (terser needs less). An older node would fail every test
# file with a stack trace, so say so once instead.
if [ "$check_node" -eq 1 ]; then
  version=$(node -p process.versions.node)
  IFS=. read -r major minor _ <<<"$version"
  if [ "$major" -lt 18 ] || { [ "$major" -eq 18 ] && [ "$minor" -lt 17 ]; }; then
    echo "install-deps: Node.js $version ($(command -v node)) is too old for the minifier and the browser tests;" \
         "they need 18.17 or newer (Debian 12's nodejs 18.20.4 will do)" >&2
    exit 1
  fi
fi
