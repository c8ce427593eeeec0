"""Small helpers the quote tests share, kept in one place so a fix to one reaches every test.

Test modules import them relatively (``from .helpers import ...``): pytest imports this folder
as the package ``quotes`` (it has an ``__init__.py``), so the import works from the repo root
and from a fresh clone alike, without the repo root on ``sys.path``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from communique.quotes.cues import lexicon
from communique.quotes.direct import Found
from communique.quotes.indirect import find_indirect
from communique.records import Quote, Speaker

# What the session fixture ``run`` (conftest.py) returns: text in, the stage's output out.
Run = Callable[[str], tuple[list[Quote], list[Speaker]]]


def quote_holding(quotes: list[Quote], words: str) -> Quote:
    """The first quotation holding ``words``; fails loudly if none holds them, so a
    quotation that went missing is not mistaken for one with no speaker or a wrong span."""
    found = [q for q in quotes if words in q.text]
    assert found, f"no quotation holds {words!r}: {[q.text for q in quotes]}"
    return found[0]


def speaker_of(quotes: list[Quote], words: str) -> str | None:
    """The speaker of the first quotation holding ``words`` (see ``quote_holding``)."""
    return quote_holding(quotes, words).speaker


def speakers(run: Run, text: str) -> list[str | None]:
    """The speakers of every quotation in ``text``, in order; fails if the stage found none,
    so an empty result cannot pass a test that expects speakers by accident."""
    quotes, _ = run(text)
    assert quotes, "no quotation found"
    return [q.speaker for q in quotes]


def texts(quotes: list[Quote]) -> list[str]:
    """The quotation texts in order, to compare with the spans a reader would mark."""
    return [q.text for q in quotes]


def texts_without_comma(quotes: list[Quote]) -> list[str]:
    """The quotation texts with a trailing comma dropped: the comma that closes a quotation
    before its cue ("..., she said") is not part of what was said."""
    return [q.text.rstrip(",") for q in quotes]


def by_text(quotes: list[Quote]) -> dict[str, Quote]:
    """The quotations keyed by their text, to look one up by what it says."""
    return {q.text: q for q in quotes}


def hand_parsed(nlp: Language, rows: Sequence[tuple[str | int, ...]]) -> Doc:
    """A hand-made parse, one row per token: (word, lemma, pos, tag, dep, head) and, when
    given, a seventh column with the entity IOB tag ('B-PERSON', 'O'). Tests of rules that
    mend a misparse hold the parser's misreading fixed this way, instead of hoping the
    statistical model makes it again."""
    cols = [list(x) for x in zip(*rows, strict=True)]
    words, lemmas, pos, tags, deps = (list(map(str, c)) for c in cols[:5])
    heads = [int(h) for h in cols[5]]
    ents = list(map(str, cols[6])) if len(cols) > 6 else None
    return Doc(nlp.vocab, words=words, lemmas=lemmas, pos=pos, tags=tags, deps=deps,
               heads=heads, ents=ents)


def indirect_by_text(doc: Doc) -> dict[str, Found]:
    """The indirect quotations the stage finds in a (hand-parsed) doc, keyed by their text."""
    return {doc.text[f.start : f.end]: f for f in find_indirect(doc, [], [], [], lexicon())[0]}
