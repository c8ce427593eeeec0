"""Memo for whole-corpus aggregates (actor and dyad tables, counts) while a store is served.

Valid only because the server opens the database read-only and DuckDB's file lock keeps any
writer out for as long as it is open: the answer to a query cannot change during the process's
life, so the cache cannot make a result depend on what the process saw before (the trap
trafilatura's ``LRU_TEST`` shows). One cache per app (``app.state.cache``), never module-level;
bounded, oldest entry evicted first.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")


class ReadCache:
    """A small thread-safe memo keyed by the query name and its arguments."""

    def __init__(self, size: int = 512) -> None:
        self.size = size
        self._data: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                value: T = self._data[key]
                return value
        value = compute()
        with self._lock:
            self._data[key] = value
            while len(self._data) > self.size:
                self._data.popitem(last=False)
        return value

    def __len__(self) -> int:
        return len(self._data)
