"""The ids of a million rows in 64 dicts (issue 13): they behave as one dict, and neither growing nor
freeing them holds the interpreter for long (a worker thread's long C call is a stall of the window)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core import idmap as idmap_module
from desktop_app.core.idmap import IdMap
from tests.reliability.conftest import stall_limit
from tests.test_results_index import _steady_longest_hold

_ids = st.text(alphabet="ab西1", min_size=1, max_size=3)


@pytest.mark.parametrize("sharded", [True, False])
@given(batches=st.lists(st.dictionaries(_ids, st.integers(0, 99), max_size=6), max_size=8), singles=st.lists(_ids))
def test_an_id_map_answers_as_one_dict(sharded: bool, batches: list[dict[str, int]], singles: list[str]) -> None:
    real_small = idmap_module.SMALL
    idmap_module.SMALL = 5  # the one dict splits into 64 within the example
    try:
        ids, plain = IdMap(sharded=sharded), {}
        for batch in batches:
            assert ids.isdisjoint(list(batch)) == plain.keys().isdisjoint(batch)
            ids.update(batch)
            plain.update(batch)
        for n, cid in enumerate(singles):
            assert ids.setdefault(cid, n) == plain.setdefault(cid, n)
        assert len(ids) == len(plain)
        assert all(ids.get(cid) == value for cid, value in plain.items())
        assert ids.get("not there") == -1
        with ids:
            pass
        assert len(ids) == 0
    finally:
        idmap_module.SMALL = real_small


def test_growing_and_freeing_300000_ids_never_holds_the_interpreter_long() -> None:
    """As a build adds them, a batch at a time: one dict grew in single calls of ~6 ms (~100 ms at a
    million, with the page faults of a fresh table)."""
    batches = [{f"row-{n}": n for n in range(start, min(start + 256, 300_000))} for start in range(0, 300_000, 256)]

    def build() -> None:
        with IdMap(sharded=False) as ids:
            for batch in batches:
                if ids.isdisjoint(list(batch)):
                    ids.update(batch)
            assert len(ids) == 300_000

    limit = stall_limit(0.003)
    took, name, _ = _steady_longest_hold(build, limit)
    assert took < limit, f"{name} held the interpreter {took * 1000:.1f} ms"
