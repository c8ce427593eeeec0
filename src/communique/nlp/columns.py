"""Where each word stands in a parsed article, looked up by one attribute.

The quote readers make some thirty passes over every token of an article, most of them to find
the few tokens a rule starts from: the proper nouns, the words 'in' or 'asked', the lemmas of
the cue table. Reading ``tok.pos_`` or ``tok.lower_`` on each token costs a string lookup per
token and pass, and those passes were a third of the quotation stage. Here an attribute is
read once per article as a column of ids (``Doc.to_array``, one C loop), grouped by value,
and a pass asks for the positions of the values it wants, in reading order. The answer is the
same tokens the full pass would have kept; the rule's own tests still run on each of them.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.attrs import DEP, ENT_TYPE, LEMMA, LOWER, ORTH, POS, TAG
from spacy.tokens import Doc

from communique.nlp.build import doc_memo

# the attributes a pass may look tokens up by, named as on ``Token`` without the underscore
_ATTRS = {
    "text": ORTH, "lower": LOWER, "lemma": LEMMA, "pos": POS, "tag": TAG, "dep": DEP,
    "ent_type": ENT_TYPE,
}


def _groups_by_id(doc: Doc, attr: str) -> dict[int, list[int]]:
    """The positions of the tokens of ``doc`` by the id of their value of ``attr``, in
    reading order within each value; made once per article and attribute."""
    groups = doc_memo(doc, "token_groups_by_id")
    found = groups.get(attr)
    if found is None:
        found = {}
        for i, value in enumerate(doc.to_array(_ATTRS[attr]).tolist()):
            found.setdefault(value, []).append(i)
        groups[attr] = found
    return found


def token_groups(doc: Doc, attr: str) -> dict[str, list[int]]:
    """The positions of the tokens of ``doc`` by their value of ``attr`` ('pos' -> {'PROPN':
    [3, 17, ...]}), in reading order within each value; made once per article and attribute.
    The lists are shared: read them, do not change them."""
    groups = doc_memo(doc, "token_groups")
    found = groups.get(attr)
    if found is None:
        strings = doc.vocab.strings
        found = {
            (strings[value] if value else ""): at
            for value, at in _groups_by_id(doc, attr).items()
        }
        groups[attr] = found
    return found


def tokens_of(doc: Doc, attr: str, value: str) -> list[int]:
    """Positions, in reading order, of the tokens whose ``attr`` is ``value`` (shared list)."""
    return _groups_by_id(doc, attr).get(doc.vocab.strings[value], [])


def tokens_in(doc: Doc, attr: str, values: Collection[str]) -> list[int]:
    """Positions, in reading order, of the tokens whose ``attr`` is one of ``values``."""
    groups = _groups_by_id(doc, attr)
    strings = doc.vocab.strings
    hits = [at for at in (groups.get(strings[v]) for v in set(values)) if at]
    if len(hits) == 1:
        return hits[0]
    return sorted(i for at in hits for i in at)


def tokens_where(doc: Doc, attr: str, keep: Callable[[str], object]) -> list[int]:
    """Positions, in reading order, of the tokens whose ``attr`` passes ``keep`` (asked once
    per distinct value, not once per token)."""
    groups = token_groups(doc, attr)
    hits = [at for value, at in groups.items() if keep(value)]
    if len(hits) == 1:
        return hits[0]
    return sorted(i for at in hits for i in at)
