"""Request ids to numbers for a million rows without holding the interpreter: :class:`IdMap`.

One Python dict of a million ids grows by rehashing all of them in one C call — 20–100 ms during which no
other thread runs, so the window's UI thread stalls while a worker builds, checks or indexes a big file —
and frees them all in one call too (20–80 ms). An :class:`IdMap` keeps the ids in 64 dicts by their hash:
each grows by 1/64th, and :meth:`IdMap.release` frees them one dict at a time (issue 13).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping, Sequence

SHARD_BITS = 6
SMALL = 1 << 16
"""A map made with ``sharded=False`` stays one dict up to this many ids (growing it holds the interpreter
~1 ms): a file of 50,000 rows pays nothing for the split."""


class IdMap:
    """``custom_id`` → a number (a line, a row, a slot), in 64 dicts by the id's hash.

    Hot loops may index :attr:`shards` directly: ``shards[hash(cid) & IdMap.MASK]`` (the list stays the
    same object). With ``sharded=False`` every entry of :attr:`shards` is one dict until :data:`SMALL` ids
    were added through the methods, which then split it (hot loops then use the methods only). In a
    ``with`` block, the ids are released when it ends.
    """

    __slots__ = ("_one", "shards")
    MASK = (1 << SHARD_BITS) - 1

    def __init__(self, *, sharded: bool = True) -> None:
        self._one: dict[str, int] | None = None if sharded else {}
        self.shards: list[dict[str, int]] = (
            [{} for _ in range(1 << SHARD_BITS)] if self._one is None else [self._one] * (1 << SHARD_BITS)
        )

    def _split(self) -> None:
        """From one dict to 64 (C-level passes over at most :data:`SMALL` ids)."""
        one, self._one = self._one, None
        assert one is not None
        self.shards[:] = [{} for _ in range(1 << SHARD_BITS)]
        self.update(one)

    def get(self, cid: str, default: int = -1) -> int:
        """The number of ``cid``, else ``default``."""
        return self.shards[hash(cid) & self.MASK].get(cid, default)

    def __setitem__(self, cid: str, value: int) -> None:
        self.shards[hash(cid) & self.MASK][cid] = value

    def setdefault(self, cid: str, value: int) -> int:
        """The number of ``cid``, which becomes ``value`` when it had none."""
        one = self._one
        if one is not None:
            if len(one) < SMALL:
                return one.setdefault(cid, value)
            self._split()
        return self.shards[hash(cid) & self.MASK].setdefault(cid, value)

    def _shards_of(self, cids: Sequence[str]) -> list[dict[str, int]]:
        """The dict of each id (C-level passes: a build asks for every batch of rows)."""
        return list(map(self.shards.__getitem__, map(self.MASK.__and__, map(hash, cids))))

    def isdisjoint(self, cids: Sequence[str]) -> bool:
        """True when none of ``cids`` is here."""
        if self._one is not None:
            return self._one.keys().isdisjoint(cids)
        return not any(map(dict.__contains__, self._shards_of(cids), cids))

    def update(self, fresh: Mapping[str, int]) -> None:
        """Set the number of every id of ``fresh``."""
        one = self._one
        if one is not None:
            if len(one) + len(fresh) <= SMALL:
                one.update(fresh)
                return
            self._split()
        keys = list(fresh)
        deque(map(dict.__setitem__, self._shards_of(keys), keys, fresh.values()), maxlen=0)

    def __len__(self) -> int:
        return len(self._one) if self._one is not None else sum(map(len, self.shards))

    def release(self) -> None:
        """Forget every id, one dict at a time (another thread may run between them)."""
        for shard in self.shards:
            shard.clear()

    def __enter__(self) -> IdMap:
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Leaving a ``with`` block releases the ids (:meth:`release`), whatever ended it."""
        self.release()
