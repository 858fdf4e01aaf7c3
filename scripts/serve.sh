#!/usr/bin/env bash
# Sets everything up, builds the site and serves it on http://127.0.0.1:8000/ (Ctrl+C stops it).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
echo "Spoorkennis: http://127.0.0.1:${PORT:-8000}/"
exec .venv/bin/python scripts/serve.py --port "${PORT:-8000}" site
