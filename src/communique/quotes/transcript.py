"""Interview transcripts: 'Name: answer' and Wikinews '((Name)) answer' paragraphs.

In a transcript every answer is a direct quotation of the person labelled, with no marks. The
interviewer's paragraphs are questions, not quotations: their labels are the generic ones ('Q',
'WN', 'Wikinews') or any label whose paragraphs are mostly questions. 'A' stands for the
interviewee, who is the first person the article names. A transcript needs at least two labelled
paragraphs under two labels, so a stray 'Long term: ...' line does not make one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LABEL = re.compile(
    r"\(\((?P<wn>[^()\n]{1,40})\)\)\s*|(?P<name>[A-Z][\w.'\u2019\-]*(?: [A-Z][\w.'\u2019\-]*){0,3})"
    r"\s?:\s+"
)
_INTERVIEWER = frozenset({"q", "wn", "wikinews", "question", "interviewer"})
_ANSWER = frozenset({"a", "answer"})


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
            labelled.append((k, m.end(), hi, label))
    labels = {lab for _, _, _, lab in labelled}
    if len(labelled) < 2 or len(labels) < 2:
        return []
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
            out.append(Answer(bounds[k][0], bounds[k][1], current))  # answer runs on
    return out
