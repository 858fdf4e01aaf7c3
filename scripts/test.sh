#!/usr/bin/env bash
# Sets everything up and runs every test: package, content, and end-to-end tests in Chromium
# against the freshly built site. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
export NO_MKDOCS_2_WARNING=1
bash scripts/setup.sh
SPOORKENNIS_CHROMIUM=$(bash scripts/browser.sh)
export SPOORKENNIS_CHROMIUM
export SPOORKENNIS_SITE_DIR="$PWD/site"
.venv/bin/mkdocs build --strict --quiet
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
