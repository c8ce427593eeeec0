"""Score the event coder against the hand-coded gold set in ``gold/events/sentences.jsonl``.

Each gold record is one news sentence with the main event a trained coder would record (PLOVER
type, mode, quad, source and target actors with country and sector, flags and the event's own
date) or ``type: null`` when the sentence is only a comment (ontology: "Statements that are not
events"). ``evaluate_events`` runs every sentence through the pipeline in one batched call,
picks for each sentence the predicted event that best matches the gold, and reports plain
numbers for the whole set and for its ``dev`` and ``heldout`` splits.

The maths (matching, per-class precision/recall, macro-F1, the report) is kept in pure
functions so that ``tests/evaluate/test_event_scorer.py`` can check it on hand-made predictions
without loading spaCy.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from communique.errors import InputError
from communique.evaluate import json_objects
from communique.records import Event
from communique.settings import Settings

log = logging.getLogger(__name__)

NO_EVENT = "none"
"""Label of a sentence with no (un-negated) event, in gold or prediction; a class of its own."""

FLAGS = ("negated", "hypothetical", "intended", "historical")
SPLITS = ("dev", "heldout")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class GoldActor:
    """One gold actor: the words as written in the sentence, its country/IGO code and sector."""

    text: str
    country: str | None
    sector: str | None


@dataclass(frozen=True)
class GoldSentence:
    """One hand-coded sentence; ``type`` is None for a statement that is not an event."""

    id: str
    text: str
    published: str | None
    type: str | None
    mode: str | None
    quad: int | None
    source: tuple[GoldActor, ...]
    target: tuple[GoldActor, ...]
    negated: bool = False
    hypothetical: bool = False
    intended: bool = False
    historical: bool = False
    date: str | None = None
    split: str = "dev"
    origin: str = "written"
    url: str | None = None

    @property
    def label(self) -> str:
        return self.type or NO_EVENT


def _actors(raw: Any, where: str, key: str, text: str) -> tuple[GoldActor, ...]:
    if not isinstance(raw, list):
        raise InputError(where, f"{key!r} must be a list")
    out = []
    for item in raw:
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise InputError(where, f"each {key!r} actor needs a 'text' string")
        if item["text"] not in text:
            raise InputError(where, f"{key} actor {item['text']!r} is not in the sentence")
        out.append(GoldActor(item["text"], item.get("country"), item.get("sector")))
    return tuple(out)


def parse_gold_record(
    data: dict[str, Any], where: str, quads: Mapping[str, int] | None = None
) -> GoldSentence:
    """Validate one JSON object from the gold file; ``where`` names file and line for errors.

    With ``quads`` (PLOVER type -> quad), an unknown type or a quad that contradicts the type is
    an error, and a missing quad is filled in, so a gold file coded elsewhere may omit it.
    """
    for key in ("id", "text", "type", "source", "target"):
        if key not in data:
            raise InputError(where, f"missing field {key!r}")
    etype = data["type"]
    quad = data.get("quad")
    if etype is not None and quads is not None:
        if etype not in quads:
            raise InputError(where, f"unknown event type {etype!r}")
        if quad is None:
            quad = quads[etype]
        elif quad != quads[etype]:
            raise InputError(where, f"quad {quad!r} contradicts type {etype} (quad {quads[etype]})")
    if etype is not None and quad not in (1, 2, 3, 4):
        raise InputError(where, f"event of type {etype} needs quad 1-4, got {quad!r}")
    if etype is None and (quad is not None or data["source"] or data["target"]):
        raise InputError(where, "a non-event (type null) has no quad, source or target")
    date = data.get("date")
    if date is not None and not _DATE.match(str(date)):
        raise InputError(where, f"date {date!r} is not YYYY-MM-DD")
    split = data.get("split", "dev")
    if split not in SPLITS:
        raise InputError(where, f"split {split!r} is not one of {', '.join(SPLITS)}")
    flags = {f: data.get(f, False) for f in FLAGS}
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise InputError(where, f"flag {name!r} must be true or false")
    text = data["text"]
    return GoldSentence(
        id=str(data["id"]),
        text=text,
        published=data.get("published"),
        type=etype,
        mode=data.get("mode"),
        quad=quad,
        source=_actors(data["source"], where, "source", text),
        target=_actors(data["target"], where, "target", text),
        date=date,
        split=split,
        origin=data.get("origin", "written"),
        url=data["url"] if isinstance(data.get("url"), str) else None,
        **flags,
    )


def load_gold(path: Path, quads: Mapping[str, int] | None = None) -> list[GoldSentence]:
    """Read a gold JSONL file (or a directory holding ``sentences.jsonl``); ids must be unique.

    ``quads`` is passed to ``parse_gold_record`` (type check and quad filling).
    """
    file = path / "sentences.jsonl" if path.is_dir() else path
    gold: list[GoldSentence] = []
    seen: set[str] = set()
    for where, data in json_objects(file, "gold file"):
        record = parse_gold_record(data, where, quads)
        if record.id in seen:
            raise InputError(where, f"duplicate id {record.id!r}")
        seen.add(record.id)
        gold.append(record)
    if not gold:
        raise InputError(str(file), "gold file holds no sentences")
    return gold


def _countries(actors: Iterable[Any]) -> set[str | None]:
    return {a.country for a in actors}


def actor_pair_matched(gold: GoldSentence, event: Event | None) -> bool:
    """True when the prediction names every gold source country and every gold target country.

    PLOVER actors are lists, so this is set containment per side (recall, not equality): a
    prediction that finds Russia and China as sources for "Russia and China condemned the EU"
    matches; one that finds only Russia does not. An empty gold target matches anything, since
    some types (a protest, a mobilisation) need no target.
    """
    if event is None:
        return False
    if not _countries(gold.source) <= _countries(event.source):
        return False
    return not gold.target or _countries(gold.target) <= _countries(event.target)


def actors_matched_any_role(gold: GoldSentence, event: Event | None) -> bool:
    """True when every gold actor country appears in the prediction, as source or as target.

    A diagnostic beside ``actor_pair_matched``: it separates "found the right countries but
    swapped or merged their roles" (common for joint actions such as "X and Y held talks") from
    "missed the actors altogether".
    """
    if event is None:
        return False
    found = _countries(event.source) | _countries(event.target)
    return (_countries(gold.source) | _countries(gold.target)) <= found


def _actor_overlap(gold: GoldSentence, event: Event) -> int:
    src = len(_countries(gold.source) & _countries(event.source))
    tgt = len(_countries(gold.target) & _countries(event.target))
    return src + tgt


def match_event(gold: GoldSentence, events: Sequence[Event]) -> Event | None:
    """Pick the predicted event to score against the gold sentence.

    An event of the gold type wins (several: the one sharing most actor countries with the gold,
    then the first); otherwise the first event not negated, since analyses drop negated events;
    otherwise None ("no event").
    """
    same = [e for e in events if gold.type is not None and e.type == gold.type]
    if same:
        return max(same, key=lambda e: _actor_overlap(gold, e))  # max keeps the first of ties
    for event in events:
        if not event.negated:
            return event
    return None


def predicted_label(event: Event | None) -> str:
    return event.type if event is not None else NO_EVENT


def _ratio(num: float, den: float) -> float:
    """A share that is 0.0 (not an error) when nothing was counted."""
    return num / den if den else 0.0


def per_class(
    gold: Sequence[str], pred: Sequence[str], labels: Iterable[str]
) -> dict[str, dict[str, float]]:
    """Precision, recall, F1 and support of each label (0.0 where a denominator is empty)."""
    if len(gold) != len(pred):
        raise ValueError("gold and predicted labels differ in length")
    out: dict[str, dict[str, float]] = {}
    for label in labels:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == label and p == label)
        n_pred = sum(1 for p in pred if p == label)
        n_gold = sum(1 for g in gold if g == label)
        precision, recall = _ratio(tp, n_pred), _ratio(tp, n_gold)
        f1 = _ratio(2 * precision * recall, precision + recall)
        out[label] = {"precision": precision, "recall": recall, "f1": f1, "support": n_gold}
    return out


def macro_f1(
    gold: Sequence[str], pred: Sequence[str], labels: Iterable[str] | None = None
) -> float:
    """Unweighted mean F1 over ``labels`` (default: every label seen in gold or prediction).

    A label that is predicted but never in gold scores F1 0 and pulls the mean down, as in
    scikit-learn; a label in neither list is skipped when ``labels`` is None.
    """
    chosen = sorted(set(gold) | set(pred)) if labels is None else list(labels)
    if not chosen:
        return 0.0
    scores = per_class(gold, pred, chosen)
    return sum(s["f1"] for s in scores.values()) / len(chosen)


def confusion(gold: Sequence[str], pred: Sequence[str]) -> dict[str, dict[str, int]]:
    """Nested counts gold label -> predicted label, only for pairs that occur."""
    table: dict[str, dict[str, int]] = {}
    for (g, p), n in sorted(Counter(zip(gold, pred, strict=True)).items()):
        table.setdefault(g, {})[p] = n
    return table


def _coop(quad: int) -> str:
    return "cooperation" if quad in (1, 2) else "conflict"


def _flag_report(pairs: Sequence[tuple[GoldSentence, Event]]) -> dict[str, dict[str, float]]:
    report: dict[str, dict[str, float]] = {}
    for flag in FLAGS:
        got = [(bool(getattr(g, flag)), bool(getattr(e, flag))) for g, e in pairs]
        tp = sum(1 for g, p in got if g and p)
        report[flag] = {
            "accuracy": _ratio(sum(1 for g, p in got if g == p), len(got)),
            "n": len(got),
            "gold_positive": sum(1 for g, _ in got if g),
            "predicted_positive": sum(1 for _, p in got if p),
            "precision": _ratio(tp, sum(1 for _, p in got if p)),
            "recall": _ratio(tp, sum(1 for g, _ in got if g)),
        }
    return report


def score(
    gold: Sequence[GoldSentence], predicted: Sequence[Event | None], labels: Sequence[str]
) -> dict[str, Any]:
    """Every metric for one set of gold sentences and their matched predictions (None = none)."""
    if len(gold) != len(predicted):
        raise ValueError("one prediction (or None) is needed per gold sentence")
    g_labels = [g.label for g in gold]
    p_labels = [predicted_label(e) for e in predicted]
    events = [(g, e) for g, e in zip(gold, predicted, strict=True) if g.type is not None]
    both = [(g, e) for g, e in events if e is not None]
    dated = [(g, e) for g, e in events if g.date is not None]
    moded = [(g, e) for g, e in both if g.mode is not None and e.type == g.type]
    return {
        "n": len(gold),
        "n_events": len(events),
        "type_accuracy": _ratio(
            sum(1 for g, p in zip(g_labels, p_labels, strict=True) if g == p), len(gold)
        ),
        "macro_f1": macro_f1(g_labels, p_labels, labels),
        "quad_accuracy": _ratio(
            sum(1 for g, e in events if e is not None and e.quad == g.quad), len(events)
        ),
        "coop_conflict": {
            "accuracy": _ratio(
                sum(1 for g, e in both if _coop(e.quad) == _coop(g.quad or 0)), len(both)
            ),
            "n": len(both),
            "no_prediction": len(events) - len(both),
        },
        "actor_pair_recall": _ratio(
            sum(1 for g, e in events if actor_pair_matched(g, e)), len(events)
        ),
        "source_recall": _ratio(
            sum(1 for g, e in both if _countries(g.source) <= _countries(e.source)), len(events)
        ),
        "actor_recall_any_role": _ratio(
            sum(1 for g, e in events if actors_matched_any_role(g, e)), len(events)
        ),
        "mode": {
            "accuracy": _ratio(sum(1 for g, e in moded if e.mode == g.mode), len(moded)),
            "n": len(moded),
        },
        "flags": _flag_report(both),
        "date": {
            "accuracy": _ratio(
                sum(1 for g, e in dated if e is not None and e.date == g.date), len(dated)
            ),
            "n": len(dated),
        },
        "per_type": per_class(g_labels, p_labels, labels),
        "confusion": confusion(g_labels, p_labels),
    }


def report(
    gold: Sequence[GoldSentence],
    predicted: Sequence[Event | None],
    types: Iterable[str] = (),
) -> dict[str, Any]:
    """The full report: ``all``, one block per split and one per origin, over one label set.

    Labels are ``types`` (the PLOVER types), every gold type, every predicted type and "none",
    so a split lacking a type still averages over the same classes as the whole set, and a
    type the coder never predicts and the gold never uses still counts as F1 0.
    """
    labels = sorted(
        set(types) | {g.label for g in gold} | {predicted_label(e) for e in predicted} | {NO_EVENT}
    )
    pairs = list(zip(gold, predicted, strict=True))
    out: dict[str, Any] = {"all": score(gold, predicted, labels)}
    for split in SPLITS:
        chosen = [(g, e) for g, e in pairs if g.split == split]
        out[split] = score([g for g, _ in chosen], [e for _, e in chosen], labels)
    out["by_origin"] = {}
    for origin in sorted({g.origin for g in gold}):
        chosen = [(g, e) for g, e in pairs if g.origin == origin]
        out["by_origin"][origin] = score([g for g, _ in chosen], [e for _, e in chosen], labels)
    return out


def predict(gold: Sequence[GoldSentence], settings: Settings) -> list[list[Event]]:
    """Run every gold sentence through the pipeline (no chrome cleaning) in one batched call."""
    from communique.clean.document import CleanDocument
    from communique.pipeline import analyze_clean
    from communique.records import Source

    docs = [
        CleanDocument(
            source=Source(path=g.id, url=None, kind="text"), text=g.text, published=g.published
        )
        for g in gold
    ]
    out: list[list[Event]] = []
    for result in analyze_clean(docs, settings):
        if isinstance(result, InputError):
            raise result
        out.append(list(result.events))
    return out


@dataclass(frozen=True)
class ContextArticle:
    """A whole article a gold sentence was taken from (``gold/articles/*.jsonl``)."""

    url: str
    text: str
    published: str | None


def load_articles(path: Path) -> dict[str, ContextArticle]:
    """Read an article file (JSON Lines with ``url``, ``text`` and ``date``), keyed by url."""
    out: dict[str, ContextArticle] = {}
    for where, data in json_objects(path, "article file"):
        if not isinstance(data.get("url"), str) or not isinstance(data.get("text"), str):
            raise InputError(where, "each line must be an object with 'url' and 'text' strings")
        out[data["url"]] = ContextArticle(data["url"], data["text"], data.get("date"))
    return out


def locate(
    gold: Sequence[GoldSentence], articles: Mapping[str, ContextArticle]
) -> list[tuple[str, int] | None]:
    """For each gold sentence, (article url, offset of the sentence in it), or None.

    None when the sentence has no url, its article is not in ``articles``, or its text is not
    found verbatim there: such a sentence is scored on its own, as in the plain mode.
    """
    out: list[tuple[str, int] | None] = []
    for g in gold:
        article = articles.get(g.url) if g.url else None
        at = article.text.find(g.text) if article is not None else -1
        out.append((g.url, at) if g.url and at >= 0 else None)
    return out


def events_in_span(events: Sequence[Event], start: int, end: int) -> list[Event]:
    """The events whose evidence overlaps ``[start, end)``, in the pipeline's order."""
    return [
        e for e in events
        if e.evidence is not None and e.evidence.start < end and e.evidence.end > start
    ]


def predict_in_context(
    gold: Sequence[GoldSentence], articles: Mapping[str, ContextArticle], settings: Settings
) -> tuple[list[list[Event]], int]:
    """Like ``predict``, but a sentence whose article is known is read inside that article.

    Each needed article is analysed once (so home-country inference, pronoun and title
    resolution see the whole story, as a human coder does); the sentence's predictions are the
    article's events whose evidence overlaps the sentence. Returns the predictions and how many
    sentences were read in context.
    """
    from communique.clean.document import CleanDocument
    from communique.pipeline import analyze_clean
    from communique.records import Source

    places = locate(gold, articles)
    needed = sorted({p[0] for p in places if p is not None})
    docs = [
        CleanDocument(source=Source(path=u, url=u, kind="text"), text=articles[u].text,
                      published=articles[u].published)
        for u in needed
    ]
    by_url: dict[str, list[Event]] = {}
    for url, result in zip(needed, analyze_clean(docs, settings), strict=True):
        if isinstance(result, InputError):
            raise result
        by_url[url] = list(result.events)
    alone = [g for g, p in zip(gold, places, strict=True) if p is None]
    alone_preds = iter(predict(alone, settings)) if alone else iter(())
    out: list[list[Event]] = []
    for g, place in zip(gold, places, strict=True):
        if place is None:
            out.append(next(alone_preds))
        else:
            url, at = place
            out.append(events_in_span(by_url[url], at, at + len(g.text)))
    return out, len(gold) - len(alone)


def default_articles() -> Path:
    """The shipped articles behind the real gold sentences (``gold/articles/wikinews.jsonl``)."""
    return Path(__file__).resolve().parents[3] / "gold" / "articles" / "wikinews.jsonl"


def evaluate_events(
    gold: Path | None, settings: Settings, context: Path | None = None
) -> dict[str, Any]:
    """Score the pipeline's events against the gold set (default: the shipped ``gold/events``).

    With ``context`` (an article file), sentences whose article it holds are read inside their
    article (``predict_in_context``); the report then says how many were.
    """
    from communique.evaluate import gold_dir
    from communique.events.scores import plover_types

    types = plover_types()
    quads = {name: t.quad for name, t in types.items()}
    sentences = load_gold(gold if gold is not None else gold_dir("events"), quads)
    log.info("scoring events on %d gold sentences", len(sentences))
    in_context = 0
    if context is None:
        predictions = predict(sentences, settings)
    else:
        predictions, in_context = predict_in_context(sentences, load_articles(context), settings)
    matched = [match_event(g, events) for g, events in zip(sentences, predictions, strict=True)]
    out = report(sentences, matched, types)
    if context is not None:
        out["read_in_context"] = in_context
    return out
