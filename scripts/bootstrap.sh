#!/usr/bin/env bash
# Sets up a fresh clone: checks Node, installs the pinned pnpm if missing, installs dependencies.
# Idempotent and quick when everything is already there. Used by `npm run demo` and `npm test`.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=10.34.9
node -e '
  const [major, minor] = process.versions.node.split(".").map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    console.error(`Assent needs Node.js >= 20.19; this is ${process.version}.`);
    process.exit(1);
  }'

if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  echo "bootstrap: installing pnpm $PNPM_VERSION with npm"
  npm install --global --no-fund --no-audit "pnpm@$PNPM_VERSION" >/dev/null
fi

# better-sqlite3 and other native addons build against this machine's Node headers, so the build
# works where node-gyp cannot download headers from nodejs.org.
export npm_config_nodedir="${npm_config_nodedir:-/usr}"
pnpm install --frozen-lockfile --reporter=silent
