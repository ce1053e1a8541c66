#!/usr/bin/env bash
# Installs the Debian packages the tests need and a fresh machine lacks, once, before any test
# runs (test files running in parallel must not race for apt's lock):
#   chromium   — browser tests (Debian's build, never a downloaded browser)
#   postgresql — the ledger's PostgreSQL tests start a throwaway server from its binaries
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
[ ${#missing[@]} -eq 0 ] && exit 0

echo "ensure-system-packages: installing ${missing[*]} from Debian (a minute or two)"
if [ "$(id -u)" = 0 ]; then SUDO=(); elif command -v sudo >/dev/null 2>&1; then SUDO=(sudo); else
  echo "ensure-system-packages: need root or sudo to install: ${missing[*]}" >&2; exit 1
fi
"${SUDO[@]}" apt-get update -qq >/dev/null
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
[ -x "$CHROMIUM" ] && compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null
