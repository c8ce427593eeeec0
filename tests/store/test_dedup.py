"""Near-duplicate clustering: syndicated copies share a cluster, in any ingest order."""

from __future__ import annotations

import random
from collections.abc import Callable
from itertools import permutations

import pytest
from store_factory import make_article, words

from communique.records import Article
from communique.settings import Settings
from communique.store import Store
from communique.store.dedup import DedupIndex, shingles, signature, similarity


@pytest.fixture
def settings() -> Settings:
    """More permutations than the default: the chain's premises hold with a wide margin."""
    return Settings(minhash_perm=256)


def test_shingles_are_word_ngrams_ignoring_case_and_punctuation() -> None:
    assert shingles("The EU, said: the EU!", 2) == {"the eu", "eu said", "said the"}
    assert shingles("Too short", 5) == {"too short"}
    assert shingles("  ... ", 5) == set()


def test_signature_is_deterministic_and_tracks_similarity(settings: Settings) -> None:
    a = signature(words(0, 200), settings)
    again = signature(words(0, 200), settings)
    edited = signature(words(0, 200).replace("w100", "changed"), settings)
    other = signature(words(500, 700), settings)
    assert a is not None and again is not None and edited is not None and other is not None
    assert (a == again).all()
    assert similarity(a, edited) > 0.9
    assert similarity(a, other) < 0.1


def _clusters(store: Store) -> dict[str, str]:
    return dict(store.execute("SELECT id, cluster_id FROM articles").fetchall())


def _chain(settings: Settings) -> tuple[Article, Article, Article, Article]:
    """A~B and B~C above the threshold, A~C below it, D unrelated: B bridges A and C."""
    a = make_article(words(0, 200), outlet="One")
    b = make_article(words(33, 233), outlet="Two")  # true Jaccard with a: 0.71
    c = make_article(words(66, 266), outlet="Three")  # with b 0.71, with a 0.50
    d = make_article(words(1000, 1200), outlet="Four")
    sig = {x.id: signature(x.text, settings) for x in (a, b, c)}
    index = DedupIndex(settings)
    index.insert(a.id, sig[a.id])  # type: ignore[arg-type]
    index.insert(c.id, sig[c.id])  # type: ignore[arg-type]
    # premises of the test, checked rather than assumed
    assert sorted(index.neighbours(sig[b.id])) == sorted([a.id, c.id])  # type: ignore[arg-type]
    assert similarity(sig[a.id], sig[c.id]) < settings.dedup_threshold  # type: ignore[arg-type]
    return a, b, c, d


def test_copies_share_the_smallest_id_and_others_stay_apart(store: Store,
                                                              settings: Settings) -> None:
    a, b, c, d = _chain(settings)
    store.add([a, c, d])
    before = _clusters(store)
    assert len({before[a.id], before[c.id], before[d.id]}) == 3
    store.add([b])  # the bridge: a and c merge through b
    after = _clusters(store)
    chain_min = min(a.id, b.id, c.id)
    assert after[a.id] == after[b.id] == after[c.id] == chain_min
    assert after[d.id] == d.id
    # events are relabelled with their articles
    assert store.execute("SELECT count(*) FROM articles WHERE cluster_id <> id").fetchone()[0] == 2


def _orders(items: list[Article], n: int, seed: int) -> list[list[Article]]:
    """Every order of the first three items, each with the rest shuffled in (seeded), plus
    ``n`` fully random orders: bridging before, between and after its two neighbours."""
    rng = random.Random(seed)
    head, rest = items[:3], items[3:]
    orders = []
    for perm in permutations(head):
        order = list(perm)
        for x in rest:
            order.insert(rng.randrange(len(order) + 1), x)
        orders.append(order)
    for _ in range(n):
        orders.append(rng.sample(items, len(items)))
    return orders


def test_any_ingest_order_gives_the_same_clusters(new_store: Callable[[str], Store],
                                                  settings: Settings) -> None:
    arts = list(_chain(settings))
    # a syndicated pair with light edits, unrelated to the chain
    wire = words(2000, 2150, "x")
    arts += [make_article(wire), make_article(wire.replace("x2070", "edited") + " byline")]
    results = set()
    for n, order in enumerate(_orders(arts, 10, seed=3)):
        with new_store(f"p{n}") as s:
            s.add(order)
            results.add(frozenset(_clusters(s).items()))
    assert len(results) == 1
    clusters = dict(next(iter(results)))
    assert len(set(clusters.values())) == 3


def test_collapsed_events_do_not_depend_on_order(new_store: Callable[[str], Store]) -> None:
    from store_corpus import corpus

    from communique.store import queries as q

    arts = corpus()
    seen = set()
    for n, order in enumerate(_orders(arts, 4, seed=5)):
        with new_store(f"c{n}") as s:
            s.add(order)
            rows = q.collapsed_events(s, limit=100, include_negated=True,
                                      include_hypothetical=True, sort="type").rows
            actors = q.actors(s, limit=100, sort="name").rows
            seen.add(repr((rows, actors)))
    assert len(seen) == 1
