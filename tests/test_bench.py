"""The benchmark's 95% interval of a ratio (scripts/bench.py): figures worked out by hand."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

SPEC = importlib.util.spec_from_file_location("bench", Path(__file__).resolve().parents[1] / "scripts" / "bench.py")
bench = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(bench)


def test_gelijke_runs_geven_een_interval_van_een_punt():
    # Every run 1100 ms against 1000 ms: whatever runs are drawn, the ratio is 1.10.
    assert bench.interval([1100] * 5, [1000] * 5) == [1.1, 1.1]


def test_een_trage_run_verbreedt_het_interval():
    # Six runs; the tool page took 2000 ms in one, 1000 ms in the others; bare 1000 ms in each.
    # A draw of six runs holds k copies of the slow one, k ~ Binomial(6, 1/6). The median of six
    # is the mean of the 3rd and 4th: 1000 for k <= 2 (chance 93.8%), 1500 for k = 3 (5.4%),
    # 2000 for k >= 4 (0.9%). So the 2.5% point is 1.0 and the 97.5% point 1.5.
    assert bench.interval([1000] * 5 + [2000], [1000] * 6) == [1.0, 1.5]


@given(st.lists(st.tuples(st.integers(500, 3000), st.integers(500, 3000)), min_size=1, max_size=12))
def test_het_interval_ligt_binnen_wat_de_runs_toelaten(runs):
    tool, bare = [t for t, _ in runs], [b for _, b in runs]
    laag, hoog = bench.interval(tool, bare, trekkingen=200)
    assert min(tool) / max(bare) - 0.01 <= laag <= hoog <= max(tool) / min(bare) + 0.01
    assert bench.interval(tool, bare, trekkingen=200) == [laag, hoog]  # the same figures, the same interval
