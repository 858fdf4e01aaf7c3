#!/usr/bin/env bash
# Prints the path of a Chromium for the browser tests: Playwright's own where it can be installed,
# else Debian's chromium (installed with apt when running as root), else says what to install.
set -uo pipefail
cd "$(dirname "$0")/.."

found() { echo "$1"; exit 0; }
playwright_chromium() {
  .venv/bin/python - <<'PY' 2>/dev/null
from playwright.sync_api import sync_playwright
import os
with sync_playwright() as p:
    path = p.chromium.executable_path
    print(path if os.path.exists(path) else "")
PY
}

path=$(playwright_chromium)
[ -n "$path" ] && found "$path"
if timeout 300 .venv/bin/playwright install chromium >/dev/null 2>&1; then
  path=$(playwright_chromium)
  [ -n "$path" ] && found "$path"
fi
for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
  [ -x "$candidate" ] && found "$candidate"
done
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Playwright's Chromium could not be downloaded; installing Debian's chromium." >&2
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null 2>&1
  [ -x /usr/bin/chromium ] && found /usr/bin/chromium
fi
echo "No Chromium found. Install one: 'sudo apt-get install chromium' (Debian/Ubuntu)," \
     "or '.venv/bin/playwright install chromium' where downloads are allowed." >&2
exit 1
