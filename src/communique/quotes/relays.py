"""Relaying agencies and outlets: 'Xinhua news agency quoted ...', 'told TASS', 'TASS reported'.

An outlet is recognised from the ``quote_relays.csv`` aliases (any word sequence of a name) or,
for outlets the table lacks, from an organisation name containing an outlet word from
``quote_outlet_words.csv`` ('the Daily Herald', 'state broadcaster NHK').
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from communique.nlp.build import doc_memo, doc_text
from communique.quotes.cues import Lexicon
from communique.resources import load_table


def _phrase(tok: Token) -> list[Token]:
    """The name phrase a token heads: its compound/flat left modifiers plus itself, and the
    number of a numbered name after it ('France 24', 'Channel 7')."""
    left = [t for t in tok.lefts if t.dep_ in ("compound", "amod", "nmod", "poss", "det")]
    start = min([tok.i] + [t.left_edge.i for t in left])
    # ('Nov 6 (PTI) India said', 'Nov 9 (APP): Pakistan said': a bracket or colon closes
    # the dateline's agency, not part of the name)
    start = max([start] + [
        t.i + 1 for t in tok.doc[start : tok.i] if t.text.startswith(")") or t.text == ":"
    ])
    return list(tok.doc[start : name_number_end(tok)])


# a site's name written as its address: 'Znak.com', 'Meduza.io', 'RBC.ru'
_WEB_NAME = re.compile(r"^[A-Za-z][\w-]*\.(?:com|net|org|ru|ua|by|kz|io|info|news|co|in)$")

_NUMBER_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"})


def alone_entity(tok: Token) -> bool:
    """Is ``tok`` an entity of its own, one token long? ('24' in 'France 24' read as a date
    with no month or weekday beside it)."""
    doc = tok.doc
    return tok.ent_iob_ == "B" and (tok.i + 1 >= len(doc) or doc[tok.i + 1].ent_iob_ != "I")


def name_number_end(tok: Token) -> int:
    """End of a proper name that goes on with its number ('Channel 7', 'France 24', 'Radio 4',
    'Apollo 11'): digits written right after a capitalised proper noun and hung on it are part
    of the name, not a count; a date or amount ('May 24', '$5') is not."""
    doc = tok.doc
    k = tok.i + 1
    if (
        k < len(doc) and tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.whitespace_
        and doc[k].text.isdigit() and len(doc[k].text) <= 3 and doc[k].head.i == tok.i
        and doc[k].dep_ == "nummod" and tok.ent_type_ not in _NUMBER_ENTS
        and (doc[k].ent_type_ not in _NUMBER_ENTS or alone_entity(doc[k]))
    ):
        return k + 1
    return tok.i + 1


def outlet_name(tok: Token, lex: Lexicon) -> str | None:
    """Canonical outlet name if ``tok`` heads a phrase naming a news agency or outlet. Read
    once per token of the article being read: the speaker readers ask it of the same
    subjects many times."""
    found: dict[int, str | None] = doc_memo(tok.doc, "outlet_name")
    if tok.i not in found:
        found[tok.i] = _outlet_name(tok, lex)
    return found[tok.i]


def outlet_as_written(tok: Token, lex: Lexicon) -> str | None:
    """The outlet ``tok`` names, as a speaker: its known name, or the fuller name the article
    writes in capitals ('Yonhap News Agency'); ``outlet_name`` gives the canonical one, the
    form a relay (``Quote.via``) takes."""
    return _outlet_name(tok, lex, written=True)


def _outlet_name(tok: Token, lex: Lexicon, written: bool = False) -> str | None:
    words = _phrase(tok)
    texts = [t.text for t in words if t.lower_ not in ("the", "a", "an", "'s", "\u2019s")]
    n = len(texts)
    # longest alias that matches a contiguous run of words
    for size in range(min(n, 5), 0, -1):
        for i in range(0, n - size + 1):
            alias = " ".join(texts[i : i + size]).lower()
            if alias in lex.relays:
                # 'AP' or 'RT' as a bare lowercase word is not an agency
                if size == 1 and len(alias) <= 3 and not texts[i].isupper() and (
                    lex.relays[alias] != texts[i]  # 'dpa' is written in lower case
                ):
                    continue
                if written:
                    return _as_written(texts, i, i + size, lex) or lex.relays[alias]
                return lex.relays[alias]
    if _WEB_NAME.match(tok.text) and tok.text[:1].isupper():
        return tok.text  # 'Znak.com reported': a news site known by its web address
    if tok.ent_type_ == "ORG" or (tok.pos_ == "PROPN" and tok.ent_type_ in ("", "WORK_OF_ART")):
        if any(t.lower_ in lex.outlet_words for t in words) and any(
            t.pos_ == "PROPN" for t in words
        ):
            return _proper_head(words, lex)
    if tok.pos_ == "NOUN" and tok.lower_ in publication_words():
        return _title_before(words)  # 'The National newspaper reported'
    return None


def _title_before(words: list[Token]) -> str | None:
    """The title a publication noun closes ('The National newspaper', 'the Rappler website'):
    the capitalised words right before the noun, when none is a nation, place, date or
    person ('the Kenyan newspaper', 'a Monday paper' name no outlet)."""
    k = len(words) - 1
    while k > 0 and (words[k - 1].text[:1].isupper() and words[k - 1].lower_ != "the" and (
        words[k - 1].ent_type_ not in _NOT_TITLES and words[k - 1].pos_ in ("PROPN", "ADJ")
    ) or (k > 1 and words[k - 1].text == "-" and not words[k - 2].whitespace_)):
        k -= 1  # (and across a hyphen: 'the Post-Courier newspaper')
    if k == len(words) - 1:
        return None
    doc = words[0].doc
    first, last = words[k], words[-2]
    return doc_text(doc)[first.idx : last.idx + len(last.text)]


# entity types of words that are no outlet's title ('the Kenyan newspaper', 'a Monday paper')
_NOT_TITLES = frozenset({"NORP", "GPE", "DATE", "TIME", "PERSON", "LOC"})


@cache
def publication_words() -> frozenset[str]:
    """Kinds of publication written after their title ('The National newspaper')."""
    return frozenset(
        r["word"].lower() for r in load_table("quote_outlet_words.csv")
        if r["publication"].lower() == "yes"
    )


def _as_written(texts: list[str], i: int, j: int, lex: Lexicon) -> str | None:
    """The outlet's name as the article writes it in capitals ('Yonhap News Agency',
    'Bloomberg News'), when outlet words in capitals go on after the known name: the
    fullest name the article gives ('Yonhap news agency' in lower case only says what
    Yonhap is). None when nothing follows."""
    k = j
    while k < len(texts) and texts[k].lower() in lex.outlet_words and texts[k][:1].isupper():
        k += 1
    return " ".join(texts[i:k]) if k > j else None


def _proper_head(words: list[Token], lex: Lexicon) -> str | None:
    """The proper-noun name of an outlet phrase: 'state-owned news agency Fars' -> 'Fars'.

    The last run of proper nouns that are not outlet words ('Daily Herald' keeps 'Daily' only
    when it is not a generic outlet word), sliced from the text so hyphens stay as written.
    """
    runs: list[list[Token]] = []
    for t in words:
        numbered = bool(runs) and runs[-1][-1].i == t.i - 1 and (
            name_number_end(t.doc[t.i - 1]) > t.i
        )
        if numbered or (
            t.pos_ == "PROPN" and (t.text[:1].isupper() or t.lower_ not in ("news", "agency"))
        ):
            if runs and runs[-1][-1].i == t.i - 1:
                runs[-1].append(t)
            else:
                runs.append([t])
    if not runs:
        return None
    run = runs[-1]
    if len(run) == 1 and run[0].lower_ in lex.outlet_words and len(runs) > 1:
        run = runs[-2] + run  # 'the Moscow Times': 'Times' alone is no name
    doc = run[0].doc
    last = _of_place(run[-1])
    if last.i == run[-1].i and all(t.lower_ in lex.outlet_words for t in run):
        return None  # 'Broadcaster' before 'The Voice': a kind of outlet, not its name
    return doc_text(doc)[run[0].idx : last.idx + len(last.text)]


def _of_place(last: Token) -> Token:
    """Last word of an outlet name that goes on with 'of' and a proper name ('The Times of
    Israel', 'Voice of America'): the 'of' phrase is part of the title, not a second
    source, so 'Times' alone would name another paper."""
    doc = last.doc
    k = last.i + 1
    if k + 1 >= len(doc) or doc[k].lower_ != "of" or doc[k].head.i != last.i:
        return last
    j = k + 1
    while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
        j += 1
    return doc[j - 1] if j > k + 1 else last
