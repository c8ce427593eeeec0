"""Near-duplicate clustering of syndicated copy: MinHash over word shingles, LSH, union by min id.

Wire stories reappear in dozens of outlets with small edits; counting each copy inflates every
trend (the well-known GDELT complaint). Two articles are linked when LSH proposes the pair and
their estimated Jaccard similarity over ``shingle_size``-word shingles reaches
``dedup_threshold``. A cluster is a connected component of that graph and its id is the smallest
article id in it. Both the edge test and "smallest id" depend only on the articles themselves,
never on the order they arrived in, so any ingest order yields the same clusters: when a new
article bridges two clusters, both are relabelled to the smaller id.

MinHash uses a fixed seed, so a signature computed on a Dask worker, on the driver or in a later
run is identical; signatures are persisted so the index can be rebuilt when the store reopens.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH

from communique.settings import Settings

log = logging.getLogger(__name__)

_WORD = re.compile(r"\w+", re.UNICODE)
# datasketch's default; fixed so signatures are comparable across processes and runs.
MINHASH_SEED = 1
MINHASH_SCHEME = "affine32"


def shingles(text: str, size: int) -> set[str]:
    """Word ``size``-grams of the lower-cased text; a text shorter than ``size`` is one shingle.

    Word shingles (not characters) make the similarity robust to re-wrapped lines, changed
    punctuation and a swapped byline, the edits syndicating outlets typically make.
    """
    words = _WORD.findall(text.lower())
    if not words:
        return set()
    if len(words) <= size:
        return {" ".join(words)}
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def signature(text: str, settings: Settings) -> np.ndarray | None:
    """MinHash hash values of the text's shingles, or None for a text with no words."""
    grams = shingles(text, settings.shingle_size)
    if not grams:
        return None
    mh = MinHash(num_perm=settings.minhash_perm, seed=MINHASH_SEED, scheme=MINHASH_SCHEME)
    mh.update_batch([g.encode("utf-8") for g in sorted(grams)])
    return np.asarray(mh.hashvalues, dtype=np.uint64)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity: the share of equal MinHash slots."""
    if len(a) != len(b):
        raise ValueError("signatures of different lengths (minhash_perm changed?)")
    return float(np.count_nonzero(a == b)) / float(len(a))


class DedupIndex:
    """In-memory LSH over persisted signatures; the Store keeps the authoritative cluster ids."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lsh = MinHashLSH(threshold=settings.dedup_threshold, num_perm=settings.minhash_perm)
        self._sigs: dict[str, np.ndarray] = {}

    def __len__(self) -> int:
        return len(self._sigs)

    def load(self, rows: Iterable[tuple[str, list[int]]]) -> None:
        """Fill the index from stored (article id, hash values) rows."""
        for article_id, values in rows:
            sig = np.asarray(values, dtype=np.uint64)
            if len(sig) != self.settings.minhash_perm:
                log.warning("signature of %s has %d slots, expected %d: skipped",
                            article_id, len(sig), self.settings.minhash_perm)
                continue
            self.insert(article_id, sig)

    def neighbours(self, sig: np.ndarray) -> list[str]:
        """Ids of stored articles whose similarity to ``sig`` reaches the threshold."""
        mh = MinHash(num_perm=self.settings.minhash_perm, seed=MINHASH_SEED, hashvalues=sig,
                     scheme=MINHASH_SCHEME)
        found = []
        for key in self._lsh.query(mh):
            other = self._sigs[key]
            if similarity(sig, other) >= self.settings.dedup_threshold:
                found.append(key)
        return sorted(found)

    def insert(self, article_id: str, sig: np.ndarray) -> None:
        """Add a committed article's signature (call only after its transaction commits)."""
        if article_id in self._sigs:
            return
        mh = MinHash(num_perm=self.settings.minhash_perm, seed=MINHASH_SEED, hashvalues=sig,
                     scheme=MINHASH_SCHEME)
        self._lsh.insert(article_id, mh)
        self._sigs[article_id] = sig
