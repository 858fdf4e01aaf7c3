#!/usr/bin/env bash
# Sets everything up, builds the site and serves it on http://127.0.0.1:8000/ (Ctrl+C stops it).
set -euo pipefail
cd "$(dirname "$0")/.."
export NO_MKDOCS_2_WARNING=1
bash scripts/setup.sh
.venv/bin/mkdocs build --strict --quiet --config-file "$(bash scripts/config.sh)"
echo "Spoorkennis: http://127.0.0.1:${PORT:-8000}/"
exec .venv/bin/python scripts/serve.py --port "${PORT:-8000}" site
