"""Flags PLOVER specifies and few coders implement: negated, hypothetical, intended, historical.

Read off the dependency parse around the trigger with the word lists in
``data/event_modifiers.csv``. The trigger's clause is the chain of heads it hangs from through
complements and nominal slots ("want to distance", "ready for cooperation", "imposed sanctions");
negation also reaches through clausal complements, so "this does not mean that we want to
distance ourselves" negates "distance".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from communique.resources import load_table

# Dependencies that keep a token inside its governor's clause.
CLAUSE_DEPS = frozenset(
    {
        "xcomp",
        "acomp",
        "pcomp",
        "prep",
        "pobj",
        "dobj",
        "attr",
        "compound",
        "amod",
        "oprd",
        "nsubj",
        "nsubjpass",
        "dative",
        "agent",
        "npadvmod",
        "nmod",
        "poss",
        "appos",
    }
)


@dataclass(frozen=True)
class Flags:
    negated: bool
    hypothetical: bool
    intended: bool
    historical_word: bool


@cache
def _table() -> dict[tuple[str, str], frozenset[str]]:
    out: dict[tuple[str, str], set[str]] = {}
    for row in load_table("event_modifiers.csv"):
        out.setdefault((row["flag"], row["where"]), set()).add(row["word"].lower())
    return {k: frozenset(v) for k, v in out.items()}


def _words(flag: str, where: str) -> frozenset[str]:
    return _table().get((flag, where), frozenset())


def clause_chain(token: Token) -> list[Token]:
    """The trigger and the heads it depends on within its clause, innermost first."""
    chain = [token]
    while (token.dep_ in CLAUSE_DEPS or _infinitival(token)) and token.head.i != token.i:
        if len(chain) >= 8:
            break
        token = token.head
        chain.append(token)
    return chain


def _infinitival(token: Token) -> bool:
    """'the opportunity to have a dialogue': a to-clause on a noun stays in the noun's clause,
    so 'does not want to seize the opportunity to have a dialogue' negates the dialogue."""
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    if token.dep_ == "advcl" and to and token.head.lemma_.lower() in _TOLD:
        # 'did not instruct police | to detain them': the parser's adverbial to-clause is what
        # the addressee was (not) told to do
        return not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    return token.dep_ == "acl" and to


# Verbs of telling someone to act, whose to-clause the parser often hangs as an adverbial.
_TOLD = frozenset({"instruct", "order", "direct", "command", "advise", "urge", "ask", "tell"})


def outer_chain(token: Token) -> list[Token]:
    """Chain continued through clausal complements (for negation of 'does not mean that ...')."""
    chain = clause_chain(token)
    while chain[-1].dep_ == "ccomp" and len(chain) < 14:
        chain.extend(clause_chain(chain[-1].head))
    return chain


def _lemma(t: Token) -> str:
    return t.lemma_.lower()


def _conditional(tokens: list[Token], marks: frozenset[str]) -> bool:
    """A condition on these clauses: 'if'/'unless' as their mark or on an adverbial clause,
    or an inverted one ('Were Iran to close the strait, ...', 'Had they known, ...')."""
    for t in tokens:
        for c in t.children:
            if c.dep_ == "mark" and c.lower_ in marks:
                return True
            if c.dep_ == "advcl":
                if any(m.dep_ == "mark" and m.lower_ in marks for m in c.children):
                    return True
                first = c.doc[c.left_edge.i]
                if first.lower_ in ("were", "had", "should") and first.dep_ in ("aux", "auxpass"):
                    return True
    return False


def _future_in_past(chain: list[Token], modals: frozenset[str]) -> bool:
    """'announced it would send aid': 'would' under a verb of decision, with no other modal,
    is the future seen from the past."""
    auxes = {c.lower_ for t in chain for c in t.children if c.dep_ in ("aux", "auxpass")}
    if "would" not in auxes or auxes & (modals - {"would"}):
        return False
    top = chain[-1]
    return top.dep_ == "ccomp" and _lemma(top.head) in _words("reported", "head")


def flags_for(trigger: Token, own_lemmas: frozenset[str] = frozenset()) -> Flags:
    """Flags of the event whose trigger is ``trigger``; ``own_lemmas`` are the trigger's words
    (a head word that is the trigger itself, as 'refuse' in a REJECT, does not count)."""
    chain = clause_chain(trigger)
    outer = outer_chain(trigger)
    neg_words = _words("negated", "word")
    negated = (
        any(
            c.dep_ == "neg"
            or (c.lower_ in neg_words and c.dep_ in ("neg", "det", "advmod", "preconj"))
            or (c.lower_ == "yet" and c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ == "to")
            or (  # "neither side has withdrawn", "no country has recognised"
                c.dep_ in ("nsubj", "nsubjpass")
                and any(d.dep_ == "det" and d.lower_ in neg_words for d in c.children)
            )
            for t in outer
            for c in t.children
        )
        or any(
            _lemma(t) in _words("negated", "head") and _lemma(t) not in own_lemmas
            for t in chain[1:]
        )
    )
    hyp_aux = _words("hypothetical", "aux")
    hypothetical = any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in hyp_aux for t in chain for c in t.children
    ) or any(_lemma(t) in _words("hypothetical", "head") for t in chain[1:])
    marks = _words("hypothetical", "mark")
    below = [c for c in trigger.children if c.dep_ in ("xcomp", "ccomp")]  # "ready to talk if"
    conditional = _conditional(outer + below, marks)
    hypothetical = hypothetical or conditional
    int_aux = _words("intended", "aux")
    intended = any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in int_aux for t in chain for c in t.children
    ) or any(
        _lemma(t) in _words("intended", "head") and _lemma(t) not in own_lemmas for t in chain[1:]
    )
    if any(t.lower_ == "going" and any(c.lower_ == "to" for c in trigger.children) for t in chain):
        intended = True
    if hypothetical and not conditional and _future_in_past(chain, hyp_aux):
        hypothetical, intended = False, True
    hist = _words("historical", "word")
    historical = any(c.lower_ in hist for t in outer for c in t.children)
    return Flags(negated, hypothetical, intended, historical)
