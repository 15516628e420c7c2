#!/usr/bin/env bash
# Installs what the tests need and a fresh machine lacks. Safe to run again: it installs only what is missing.
set -euo pipefail
missing=()
command -v runuser >/dev/null || missing+=(util-linux)
# The browser tests drive Debian's Chromium through Playwright; Playwright never downloads its own browser here.
[ -x /usr/bin/chromium ] || missing+=(chromium)
# The e-mail tests deliver to a real SMTP server: Debian's aiosmtpd, run with Debian's own Python.
/usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null || missing+=(python3-aiosmtpd)
# The OpenAPI lint and the generated TypeScript client run on Node (20 or later) with packages from npm.
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Missing packages: ${missing[*]} (install them, or run as root)" >&2
    exit 1
  fi
fi

# tests/api-client's npm packages (Redocly CLI, openapi-typescript, openapi-fetch, TypeScript), exactly as locked:
# installed again only when package-lock.json changed since the last install.
client="$(cd "$(dirname "$0")/.." && pwd)/tests/api-client"
if ! cmp -s "$client/package-lock.json" "$client/node_modules/.installed-package-lock.json"; then
  (cd "$client" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  cp "$client/package-lock.json" "$client/node_modules/.installed-package-lock.json"
fi
