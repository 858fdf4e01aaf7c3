#!/usr/bin/env bash
# Builds the site into site/ (or --site-dir DIR), strictly: any MkDocs warning, such as a broken
# link, fails the build. It builds with the publisher's own uitgever.yml when there is one
# (scripts/config.sh); a --config-file among the arguments comes later and wins. The one build command: scripts/test.sh, scripts/serve.sh, the tests and the
# Pages workflow all call it. Extra arguments are passed on to MkDocs.
# It refuses --quiet: that hides the warnings, so strict mode has none to count.
set -euo pipefail
cd "$(dirname "$0")/.."
for arg in "$@"; do
  case "$arg" in
    -q|--quiet) echo "scripts/build.sh: --quiet hides MkDocs warnings, so the build would not be strict." >&2; exit 2 ;;
  esac
done
export NO_MKDOCS_2_WARNING=1  # Material's banner about MkDocs 2
exec .venv/bin/mkdocs build --strict --config-file "$(bash scripts/config.sh)" "$@"
