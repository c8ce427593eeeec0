"""Pair quotation marks into quoted spans, paragraph by paragraph, without ever failing.

News text mixes straight, curly, single, guillemet and CJK marks, and writers (and scrapers)
leave marks unbalanced. The rules here are the ones a copy editor applies:

* a mark opens only where an opening mark can stand (after a space, a bracket, a dash or the
  start of a paragraph) and closes only where a closing mark can stand (before a space or
  punctuation), so apostrophes inside words ("Peskov's", "other’s") never pair up;
* marks of another family inside an open quotation are nested quotes and are skipped;
* a quotation left open at the end of a paragraph continues when the next paragraph opens with a
  mark of the same family (the convention for quotes running over several paragraphs); otherwise
  it ends with its paragraph and is flagged ``closed=False`` so callers can be stricter with it.

The scan is one pass over the characters; nothing here allocates per character beyond the output.
"""

from __future__ import annotations

from dataclasses import dataclass

# opener -> closers that end it; the first closer is the canonical one.
_PAIRS: dict[str, tuple[str, ...]] = {
    '"': ('"', "\u201d", "\u201c"),
    "\u201c": ("\u201d", '"', "\u201c"),  # “ … ” (a second “ also closes: common typo)
    "\u201e": ("\u201c", "\u201d", '"'),  # „ … “ (German/Central European)
    "\u201f": ("\u201d", '"'),
    "\u00ab": ("\u00bb",),  # « … »
    "\u00bb": ("\u00ab", "\u00bb"),  # » … « (German style)
    "\u300c": ("\u300d",),  # 「 … 」
    "\u300e": ("\u300f",),  # 『 … 』
    "\uff02": ("\uff02",),  # fullwidth "
    "\u2039": ("\u203a",),  # ‹ … ›
    "\u2018": ("\u2019", "'"),  # ‘ … ’
    "'": ("'", "\u2019"),
    "\u201a": ("\u2018", "\u2019"),  # ‚ … ‘
    "\u201d": ("\u201d",),  # ” … ” (Scandinavian style)
}
# Every mark that may open a quotation, and every mark that may close one (for rules that
# look back across a quotation already closed, as the scare-quote test does).
OPENING_MARKS = frozenset(_PAIRS)
CLOSING_MARKS = frozenset(c for closers in _PAIRS.values() for c in closers)
_SINGLE = frozenset({"'", "\u2018", "\u201a", "\u2039"})
# Marks whose shape says "opening" whatever surrounds them.
_UNAMBIGUOUS_OPEN = frozenset(
    {"\u201c", "\u201e", "\u00ab", "\u300c", "\u300e", "\u2018", "\u2039"}
)
# Marks that close only in a closing context (they double as apostrophes or as openers).
_CONTEXT_CLOSE = frozenset({"'", "\u2019", '"', "\u201c", "\u201d", "\u00bb", "\u00ab"})
_OPEN_BEFORE = frozenset(" \t\n([{\u2014\u2013-/\u00a0:")
_CLOSE_AFTER = frozenset(" \t\n.,;:!?)]}\u2014\u2013-/\u00a0\u2026")
_CJK = frozenset({"\u300c", "\u300e", "\u300d", "\u300f"})
_SPACED = frozenset(" \u00a0\u202f")  # the spaces French copy sets inside guillemets


def _family(mark: str) -> str:
    """'single' or 'double': a continued paragraph must reopen with the same family."""
    return "single" if mark in _SINGLE else "double"


@dataclass(frozen=True)
class MarkSpan:
    """A quoted span: ``start``/``end`` bound the content, ``open_at``/``close_at`` the marks."""

    start: int
    end: int
    open_at: int
    close_at: int | None
    closed: bool
    single: bool
    paragraphs: int = 1  # how many paragraphs the span runs over
    pieces: tuple[tuple[int, int], ...] = ()  # content per paragraph when it runs over several

    @property
    def outer_end(self) -> int:
        """End offset including the closing mark (if any)."""
        return self.close_at + 1 if self.close_at is not None else self.end


def _can_open(text: str, i: int, lo: int) -> bool:
    before_ok = i == lo or text[i - 1] in _OPEN_BEFORE or text[i - 1] in _PAIRS
    after_ok = i + 1 < len(text) and not text[i + 1].isspace()
    return before_ok and after_ok


def opens_at(text: str, i: int) -> bool:
    """Does the mark at ``text[i]`` open a quotation: a mark whose shape says so ('“', '«'),
    or an ambiguous one ('"', "'") set after a space and before a word?"""
    return text[i] in OPENING_MARKS and (text[i] in _UNAMBIGUOUS_OPEN or _can_open(text, i, 0))


def _can_close(text: str, i: int, hi: int) -> bool:
    # '... said, 'Let's talk.' "': a space before the mark is allowed after the end of a
    # sentence or of a nested quotation, where an opening mark cannot stand
    before_ok = i > 0 and (not text[i - 1].isspace() or (
        i > 1 and text[i - 1] in " \u2009\u202f\u00a0" and text[i - 2] in ".!?\u2026'\u2019"
    ))
    after_ok = i + 1 >= hi or text[i + 1] in _CLOSE_AFTER or text[i + 1] in _PAIRS or (
        text[i + 1] in "\u2019\u201d"
    )
    return before_ok and after_ok


def paragraph_bounds(text: str, starts: list[int]) -> list[tuple[int, int]]:
    """(start, end) of each paragraph, with trailing whitespace trimmed from the end."""
    bounds = []
    for k, s in enumerate(starts):
        e = starts[k + 1] if k + 1 < len(starts) else len(text)
        while e > s and text[e - 1].isspace():
            e -= 1
        bounds.append((s, e))
    return bounds


def _reopens(text: str, lo: int, hi: int, family: str) -> int | None:
    """Offset of the opening mark a continued paragraph starts with, if it has one."""
    i = lo
    while i < hi and text[i].isspace():
        i += 1
    if i < hi and text[i] in _PAIRS and _family(text[i]) == family and text[i] != "\u2019":
        return i
    return None


def find_marks(text: str, starts: list[int]) -> list[MarkSpan]:
    """Every quoted span in ``text`` (paragraph starts given), in document order.

    Unbalanced marks never raise: a stray closing mark is ignored, an opening mark that never
    closes yields a span to the end of its paragraph with ``closed=False``.
    """
    spans: list[MarkSpan] = []
    bounds = paragraph_bounds(text, starts)
    open_mark: str | None = None
    open_at = 0
    npar = 1
    piece_start = 0
    pieces: list[tuple[int, int]] = []
    k = 0
    while k < len(bounds):
        lo, hi = bounds[k]
        i = lo
        if open_mark is not None:  # carried over from the previous paragraph
            i = (_reopens(text, lo, hi, _family(open_mark)) or lo) + 1
            piece_start = i
        while i < hi:
            c = text[i]
            if open_mark is None:
                if c in _PAIRS and (
                    (c in _UNAMBIGUOUS_OPEN and c not in _SINGLE and i + 1 < hi)
                    or _can_open(text, i, lo)
                ):
                    if c in _SINGLE and not (i + 1 < hi and text[i + 1].isalnum()):
                        i += 1
                        continue
                    open_mark, open_at, npar = c, i, 1
                    piece_start, pieces = i + 1, []
            elif c in _PAIRS[open_mark]:
                if c not in _CONTEXT_CLOSE or c in _CJK or _can_close(text, i, hi) or (
                    # '« déployer ... »': guillemets spaced inside as French copy sets them
                    open_mark == "\u00ab" and c == "\u00bb" and text[open_at + 1] in _SPACED
                    and text[i - 1] in _SPACED
                ):
                    end = i
                    while end > open_at + 1 and text[end - 1].isspace():
                        end -= 1
                    # ('« déployer ... »': French copy sets spaces inside the marks)
                    begin = open_at + 1
                    while begin < end and text[begin] in _SPACED:
                        begin += 1
                    if npar == 1:
                        piece_start = begin
                    if end > open_at + 1:
                        pieces.append((piece_start, end))
                        spans.append(
                            MarkSpan(
                                begin, end, open_at, i, True, open_mark in _SINGLE, npar,
                                tuple(pieces) if npar > 1 else (),
                            )
                        )
                    open_mark = None
            i += 1
        if open_mark is not None:
            nxt = bounds[k + 1] if k + 1 < len(bounds) else None
            carries = open_mark not in _SINGLE or open_mark in ("\u2018", "'")
            if carries and nxt is not None and _reopens(text, *nxt, _family(open_mark)) is not None:
                npar += 1
                pieces.append((piece_start, hi))
            else:
                # Unclosed: singles are usually apostrophes, so only doubles survive.
                if open_mark not in _SINGLE and hi > open_at + 1:
                    pieces.append((piece_start, hi))
                    spans.append(
                        MarkSpan(
                            open_at + 1, hi, open_at, None, False, False, npar,
                            tuple(pieces) if npar > 1 else (),
                        )
                    )
                open_mark = None
        k += 1
    return spans
