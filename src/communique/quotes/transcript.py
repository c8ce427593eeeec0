"""Interview transcripts: 'Name: answer' and Wikinews '((Name)) answer' paragraphs.

In a transcript every answer is a direct quotation of the person labelled, with no marks. The
interviewer's paragraphs are questions, not quotations: their labels are the generic ones ('Q',
'WN', 'Wikinews') or any label whose paragraphs are mostly questions. 'A' stands for the
interviewee, who is the first person the article names. A transcript needs at least two labelled
paragraphs under two labels, so a stray 'Long term: ...' line does not make one.
An interview printed without labels (the questions were set in bold, which plain text loses)
is a run of one-sentence question paragraphs, each followed by answer paragraphs; most
questions address the interviewee ('you'), which rhetorical questions in a report rarely do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from communique.quotes.names import country_of_capital
from communique.quotes.people import country_of_word, fold, gazetteer_places
from communique.resources import load_table

_LABEL = re.compile(
    r"\(\((?P<wn>[^()\n]{1,40})\)\)\s*|(?P<name>[A-Z][\w.'\u2019\-]*(?: [A-Z][\w.'\u2019\-]*){0,3})"
    r"\s?:\s+"
)
_INTERVIEWER = frozenset({"q", "wn", "wikinews", "question", "interviewer"})
_ANSWER = frozenset({"a", "answer"})
_YOU = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
_MARKS = re.compile("[\"\u201c\u201d\u00ab\u00bb]")


@dataclass(frozen=True)
class Answer:
    """An answer paragraph (content offsets) and the label naming who gives it."""

    start: int
    end: int
    label: str  # as written; 'A' means the interviewee


def find_answers(text: str, bounds: list[tuple[int, int]]) -> list[Answer]:
    """Answer paragraphs of a transcript, or nothing when the article is not one."""
    labelled: list[tuple[int, int, int, str]] = []  # (paragraph k, content start, end, label)
    for k, (lo, hi) in enumerate(bounds):
        m = _LABEL.match(text, lo, hi)
        if m:
            label = (m.group("wn") or m.group("name") or "").strip()
            if not (k == 0 and _dateline(label)):  # ('JORDAN:' later is a speaker)
                labelled.append((k, m.end(), hi, label))
    labels = {lab for _, _, _, lab in labelled}
    if len(labelled) < 2 or len(labels) < 2:
        return _unlabelled(text, bounds)
    asking: set[str] = set()
    for lab in labels:
        paras = [(a, b) for _, a, b, x in labelled if x == lab]
        questions = sum("?" in text[a:b] for a, b in paras)
        low = lab.lower()
        if low in _INTERVIEWER or (low not in _ANSWER and questions * 2 > len(paras)):
            asking.add(lab)
    if not asking or asking == labels:
        return []
    out: list[Answer] = []
    by_para = {k: (a, b, lab) for k, a, b, lab in labelled}
    current: str | None = None
    first = labelled[0][0]
    for k in range(first, len(bounds)):
        if k in by_para:
            a, b, lab = by_para[k]
            current = None if lab in asking else lab
            if current is not None and b > a:
                out.append(Answer(a, b, current))
        elif current is not None and bounds[k][1] > bounds[k][0]:
            para = text[bounds[k][0] : bounds[k][1]]
            if _reports(para) or is_wire_chrome(para):
                # 'Selin Kaya, a political scientist, said ...': the writer's narrative
                # between answers (or the outro); the run of answer paragraphs ends here
                # and only a new labelled answer starts another
                current = None
                continue
            out.append(Answer(bounds[k][0], bounds[k][1], current))  # answer runs on
    return out


def _dateline(label: str) -> bool:
    """'ISLAMABAD: Deputy Prime Minister Ishaq Dar says ...': a place written in capitals
    before a colon is the story's dateline, not a speaker's label (a capital city, another
    gazetteer place or a country)."""
    return label.isupper() and len(label) > 2 and (
        fold(label) in gazetteer_places() or country_of_word(label) is not None
        or country_of_capital(label.title()) is not None
    )


@cache
def _chrome_patterns() -> re.Pattern[str]:
    """The wire credit-line openings of data/quote_wire_chrome.csv, as one pattern."""
    alts = "|".join(f"(?:{r['pattern']})" for r in load_table("quote_wire_chrome.csv"))
    return re.compile(rf"\s*[(\[]?\s*(?:{alts})", re.IGNORECASE)


def is_wire_chrome(para: str) -> bool:
    """A wire credit line ('(Reporting by A and B; Editing by C)'): staff names, not speech.
    Only a short paragraph counts, so a story sentence opening 'Reporting by phone from ...'
    followed by a long report is not thrown away."""
    return len(para) <= 300 and bool(_chrome_patterns().match(para))


_REPORT = re.compile(r"\b(?:said|says|told|added|according to)\b")


def _reports(para: str) -> bool:
    """Does a paragraph report someone's words in the third person ('his office said', with
    or without marks)? Unlabelled, such a paragraph is the writer's again (narrative between
    answers, or the outro): an answer reporting others ('as the minister said') is rarer than
    a hybrid profile's narrative paragraph."""
    return bool(_REPORT.search(para)) or bool(_MARKS.search(para))


def _is_question(para: str) -> bool:
    """A bare interview question: one short paragraph ending in '?', with no quotation marks."""
    para = para.strip()
    return (
        para.endswith("?") and len(para) <= 400 and not _MARKS.search(para)
        and para.count("?") <= 2
    )


def _unlabelled(text: str, bounds: list[tuple[int, int]]) -> list[Answer]:
    """Answers of an interview whose questions carry no label: at least two question
    paragraphs, each followed by an answer paragraph without quotation marks, and at least
    half of the questions addressing 'you'. Answers belong to the interviewee ('A')."""
    paras = [text[lo:hi] for lo, hi in bounds]
    asks = [k for k, p in enumerate(paras) if _is_question(p)]
    if len(asks) < 2 or sum(bool(_YOU.search(paras[k])) for k in asks) * 2 < len(asks):
        return []
    for k in asks:
        nxt = k + 1
        if nxt >= len(paras) or nxt in asks or _MARKS.search(paras[nxt]) or not paras[nxt].strip():
            return []
    out: list[Answer] = []
    for k in range(asks[0] + 1, len(bounds)):
        lo, hi = bounds[k]
        if k not in asks and hi > lo and not _MARKS.search(paras[k]) and not is_wire_chrome(
            paras[k]
        ):
            out.append(Answer(lo, hi, "A"))
    return out
