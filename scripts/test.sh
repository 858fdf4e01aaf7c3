#!/usr/bin/env bash
# Sets everything up and runs every test: package, content, and end-to-end tests in Chromium
# against the freshly built site. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
# "Today" for the package and the browser in every test: a far-future date, so a test that depends on
# the real date fails now, not next month (spoorkennis/klok.py). SPOORKENNIS_VANDAAG= uses the real date.
export SPOORKENNIS_VANDAAG="${SPOORKENNIS_VANDAAG-2031-07-15}"
bash scripts/setup.sh
SPOORKENNIS_CHROMIUM=$(bash scripts/browser.sh)
export SPOORKENNIS_CHROMIUM
export SPOORKENNIS_SITE_DIR="$PWD/site"
bash scripts/build.sh
if [ $# -eq 0 ]; then
  # The whole run (CI), in two pytest-xdist workers (a browser test leaves a sixth of two cores idle,
  # waiting; tests/e2e/rondgang.py keeps each walk through the site in one worker): first the
  # package's own tests on the real date (under a minute), so the code is also checked on the day it
  # runs; then everything on the far-future date.
  parallel=(-n 2 --dist loadgroup)
  SPOORKENNIS_VANDAAG= .venv/bin/python -m pytest -q -p no:cacheprovider "${parallel[@]}" tests \
    --ignore=tests/e2e --ignore=tests/content --ignore=tests/test_same_answers.py
  exec .venv/bin/python -m pytest -q -p no:cacheprovider "${parallel[@]}" tests
fi
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
