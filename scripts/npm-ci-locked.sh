#!/usr/bin/env bash
# Installs a folder's npm packages exactly as its package-lock.json says, and only when one of them is
# missing or not the locked version (a checkout from before a version bump, say).
# Optional packages (another platform's binaries) may be absent.
# Usage: scripts/npm-ci-locked.sh DIR
set -euo pipefail
cd "$1"
node -e "for (const [dir, locked] of Object.entries(require('./package-lock.json').packages)) {
    if (!dir || locked.optional) continue;
    if (require('./' + dir + '/package.json').version !== locked.version) process.exit(1); }" 2>/dev/null \
  || npm ci --no-audit --no-fund --loglevel=error
