#!/usr/bin/env bash
# Installs the Debian packages a make target needs, and only those that are missing.
# Usage: scripts/install-deps.sh native|web|browser ...
# Runs as root on Debian 12 (the project's machines and CI); elsewhere it only reports.
set -euo pipefail

want=()
for group in "$@"; do
  case "$group" in
    native)  want+=(cmake make g++ python3 nlohmann-json3-dev doctest-dev) ;;
    web)     want+=(emscripten fonts-inter python3-fonttools xz-utils dpkg-dev) ;;
    browser) want+=(chromium)
             # Any Node.js with npm will do (these machines ship NodeSource's); else Debian's.
             command -v node >/dev/null && command -v npm >/dev/null || want+=(nodejs npm) ;;
    fuzz)    want+=(clang-14 libclang-rt-14-dev) ;;
    *) echo "install-deps: unknown group '$group' (native, web, browser, fuzz)" >&2; exit 2 ;;
  esac
done

missing=()
for pkg in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing Debian packages: ${missing[*]} (run as root, or install them)" >&2
  exit 1
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
