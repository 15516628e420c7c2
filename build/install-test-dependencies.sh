#!/usr/bin/env bash
# Installs what the tests need and a fresh machine lacks. Safe to run again: it installs only what is missing.
set -euo pipefail
missing=()
command -v runuser >/dev/null || missing+=(util-linux)
# The e-mail tests deliver to a real SMTP server: Debian's aiosmtpd, run with Debian's own Python.
/usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null || missing+=(python3-aiosmtpd)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Missing packages: ${missing[*]} (install them, or run as root)" >&2
    exit 1
  fi
fi
