#!/usr/bin/env bash
# The docs portal's browser test drives Debian's Chromium (/usr/bin/chromium).
# Installs it with apt-get when it is missing and this user may; otherwise says
# how, and leaves the browser test to fail with the same advice.
set -u
chromium=/usr/bin/chromium
[ -x "$chromium" ] && exit 0

if [ "$(id -u)" = "0" ]; then as_root=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then as_root="sudo -n"
else
  echo "note: $chromium is missing and this user cannot install it; run: sudo apt-get install -y chromium" >&2
  exit 0
fi

echo "installing Debian's chromium for the docs portal's browser test (apt-get)…"
export DEBIAN_FRONTEND=noninteractive
$as_root apt-get install -y -q chromium >/dev/null 2>&1 \
  || { $as_root apt-get update -q >/dev/null 2>&1 && $as_root apt-get install -y -q chromium >/dev/null 2>&1; } \
  || echo "note: apt-get could not install chromium; the docs portal's browser test will fail until it is installed" >&2
[ -x "$chromium" ] && echo "chromium installed: $("$chromium" --version 2>/dev/null)"
exit 0
