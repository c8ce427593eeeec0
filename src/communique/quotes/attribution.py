"""From a cue verb to its speaker, its cue phrase and the outlet that relayed it.

Shared by the direct and indirect finders: once a cue token is known ('said', 'told', 'quoted'),
the speaker is its grammatical subject, except in the relay construction 'Xinhua quoted the
spokesman as saying', where the object speaks and the subject relays. A participle or a second
conjunct without its own subject ('..., stressing the need', '... and added that') borrows the
subject of the verb it hangs from.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from communique.nlp.build import doc_memo, doc_tokens, joined_titles, sent_of, sentence_opener
from communique.quotes.cues import Lexicon, lexicon
from communique.quotes.names import is_month, place_kinds, region_words
from communique.quotes.people import country_of_word, fold, gazetteer_places, name_hyphen
from communique.quotes.relays import outlet_name
from communique.resources import load_table

_SUBJ = ("nsubj", "nsubjpass")
_OBJ = ("dobj", "dative", "obj", "iobj")
_DASHES = ("\u2014", "\u2013", "--")


@dataclass(frozen=True)
class Attribution:
    """Who spoke (head token of the mention), how (cue phrase) and via which outlet."""

    cue: Token
    speaker: Token | None
    cue_text: str
    via: str | None


# Verbs whose passive agent passes words on rather than speaking them ('carried by TASS')
_RELAYING = frozenset({"quote", "report", "carry", "publish", "broadcast", "relay", "cite", "air"})


def _subject(cue: Token) -> Token | None:
    subjects = [
        c for c in cue.children
        if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and cue.lemma_ == "quote")
    ]
    if not subjects and cue.lemma_ not in _RELAYING:
        # 'Mahmood was accused by Nigel Farage of "losing control"': the agent of a passive
        # cue speaks, not its grammatical subject ('as reported by Hurriyet' only relays)
        agent = next((c for c in cue.children if c.dep_ == "agent"), None)
        by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        if by is not None and by.pos_ in ("PROPN", "NOUN") and not outlet_name(by, lexicon()):
            return by
    # 'which Politico reported left ...': 'which' belongs to the reported verb; Politico speaks
    # 'The Review: the minister, Jane Roe, said': a label before a colon is no subject
    subjects = [c for c in subjects if not _label(c, cue)] or subjects
    # ('The Vice-Chairperson of the Commission, Ms X, said' with the title's hyphen parsed as
    # a subject of its own: a mark of punctuation names no one)
    named = [c for c in subjects if c.tag_ != "WDT" and not (c.is_punct or c.text == "-")]
    # 'Sajith Premadasa, whose Samagi Jana Balawegaya failed to win ..., conceded': the
    # subject of the relative clause on 'whose' is the parse's second subject, not the speaker
    named = [c for c in named if not any(k.tag_ == "WP$" for k in c.children)] or named
    # two subjects before the verb ('Longtime Brunch in the Valley writer Rob Bartlett
    # tweeted' split in two): the person named next to the verb is the one speaking
    people = [c for c in named if c.ent_type_ == "PERSON" and c.i < cue.i]
    if len(named) > 1 and people and not named[0].ent_type_:
        named = [people[-1]]
    # 'news broadcaster NRK reported', 'Millions dwell in slums, and ..., local activists
    # claimed': of two subjects before the verb the parse split, the one next to it speaks
    before = [c for c in named if c.i < cue.i]
    if len(before) > 1 and any(
        c.dep_ == "mark" and before[-2].i < c.i < before[-1].left_edge.i
        and c.lower_ not in ("as", "that") for c in cue.children
    ):  # ('A baker who gave his name only as Tarek said': 'as' names him, opens nothing)
        # 'The Agency, whose inspectors ... since the “snapback” of sanctions, has said': a
        # subordinator hung on the cue opens a clause of its own; its subject is not the cue's
        before = before[:-1]
    if len(before) > 1:
        first, last = before[-2], before[-1]
        doc = cue.doc
        if (first.pos_ == "PROPN" or first.is_upper) and last.pos_ == "NOUN" and (
            last.left_edge.i >= 2 and doc[last.left_edge.i - 1].text == ","
            and first.right_edge.i == last.left_edge.i - 2
        ):
            # "Israel's COGAT, the defence ministry body that oversees ..., said": the
            # description set off after a name, parsed as a second subject, is the name's
            named = [first]
        elif first.right_edge.i == last.i - 1 and first.right_edge.i != first.i and (
            first.doc[last.i - 1].dep_ == "pobj" and last.ent_type_ != "PERSON"
        ):
            # 'A study published in the journal Nature found': a title after the noun of
            # the first subject's own phrase is split from it by the parse, not a speaker
            named = [first]
        else:
            named = [last]
    pick = named[0] if named else (subjects[0] if subjects else None)
    if pick is not None and pick.i + 2 < len(pick.doc) and name_hyphen(pick.doc[pick.i + 1]) and (
        pick.doc[pick.i + 2].head.i in (pick.i, pick.i + 1)
    ) and (
        pick.lower_ in lexicon().titles
        or f"{pick.lower_}-{pick.doc[pick.i + 2].lower_}" in joined_titles()  # 'Vice-President'
    ) and pick.doc[pick.i + 2].pos_ in ("NOUN", "PROPN"):
        # ('Ambassador-at-Large of ...': a preposition inside the title is no half of it)
        pick = pick.doc[pick.i + 2]  # ... the title's second half carries the name in apposition
    if pick is None and cue.pos_ == "NOUN" and cue.lower_ in ("read", "reads"):
        # 'The warning read: "..."' parsed as a compound noun 'warning read': the document
        # noun before the cue is the text that reads ('the statement on the death read' is
        # no death that reads)
        pick = next((c for c in cue.children if c.dep_ == "compound" and c.i == cue.i - 1
                     and c.lemma_.lower() in lexicon().documents), None)
    if pick is None:
        pick = _with_absolute_subject(cue) or _subordinate_subject(cue) or (
            _fronted_place_person(cue) or _aside_participle_subject(cue)
            or _apposed_name_before(cue) or inverted_into_quote(cue)
        )
    if pick is not None:
        pick = _subject_after_clause(
            _named_next_to_verb(_name_closing_title(_holder_after_remit(pick), cue), cue), cue
        )
        pick = _person_of_body(pick)
    return _et_al(_office_list_holder(pick)) if pick is not None else None


def inverted_into_quote(cue: Token) -> Token | None:
    """'"The hard part," said Dr Sione Fifita, the network's science lead, "was never the
    satellites."': the parse takes the name after the cue for the subject of the quote's
    second half. A subject that starts right after a cue with none of its own, and is
    closed by a comma and an opening quotation mark before its verb, is the cue's."""
    doc = cue.doc
    for clause in cue.children:
        if clause.dep_ != "ccomp" or clause.i < cue.i:
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.left_edge.i != cue.i + 1 or subj.pos_ != "PROPN":
            continue
        k = max(t.i for t in subj.subtree if not t.is_punct) + 1
        if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].is_quote and (
            doc[k + 1].i < clause.left_edge.i or doc[k + 1].head.i == clause.i
        ):
            return subj
    return None


def _subject_after_clause(subj: Token, cue: Token) -> Token:
    """'The noise is building and the Speaker, Sir Lindsay Hoyle, intervenes:' parsed with
    the clause 'is building' as the subject and the Speaker conjoined to it: a verb with a
    subject of its own says nothing; the noun conjoined after it, next to the cue, speaks."""
    if subj.pos_ not in ("VERB", "AUX") or not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in subj.children
    ):
        return subj
    nouns = [c for c in subj.conjuncts if subj.i < c.i < cue.i and c.pos_ in ("NOUN", "PROPN")]
    return nouns[-1] if nouns else subj


# Subordinators the parser takes for prepositions when a clause follows ('as the agency
# confirmed'): their 'object' right before the verb is the clause's subject
_SUBORDINATORS = frozenset({"as", "after", "before", "since", "while", "because", "until"})


def _person_of_body(subj: Token) -> Token:
    """'Alioune Badara Sy of the citizens' group Sunu Xaalis Watch said' parsed with the
    group's name as the subject and the person hung before it: a person named first and
    tied to the body by 'of' is who speaks for it, as in 'John Roe of the Heritage
    Foundation said'."""
    if subj.ent_type_ == "PERSON" and subj.ent_iob_ == "B":
        return subj
    for c in subj.subtree:
        if c.i >= subj.i - 1:
            break
        if c.dep_ in ("nmod", "compound", "npadvmod") and c.pos_ == "PROPN" and (
            c.left_edge.i == subj.left_edge.i and _names_person(c.doc[c.left_edge.i : c.i + 1])
        ) and c.doc[c.i + 1].lower_ == "of" and c.doc[c.i + 1].head.i == c.i:
            return c
    return subj


def _names_person(words: Span) -> bool:
    """Do the words name a person: tagged so, or (the tagger left them out) two or more
    capitalised proper nouns opening with a known given name ('Lucía Benedetti')?"""
    if any(t.ent_type_ == "PERSON" for t in words):
        return True
    return len(words) >= 2 and not any(t.ent_type_ for t in words) and all(
        t.pos_ == "PROPN" and t.is_title for t in words
    ) and fold(words[0].text) in lexicon().first_names


def _named_next_to_verb(subj: Token, cue: Token) -> Token:
    """'In a message delivered by the Chief of Staff, Julius Debrah, President John Mahama
    said': the parse makes the name set off after an office ('the Chief of Staff, Julius
    Debrah,') the subject and the person named right before the verb its apposition; the
    one next to the verb speaks."""
    doc = cue.doc
    if subj.ent_type_ != "PERSON" or subj.i < 2 or doc[subj.left_edge.i - 1].text != ",":
        return subj
    before = doc[max(subj.left_edge.i - 4, 0) : subj.left_edge.i - 1]  # ('Chief of Staff')
    offices = lexicon().roles | lexicon().titles
    if not (before[-1].is_title and any(t.lemma_.lower() in offices for t in before)):
        return subj
    return next((c for c in subj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"
                 and c.right_edge.i == cue.i - 1 and doc[c.left_edge.i - 1].text == ","),
                subj)


def _name_closing_title(subj: Token, cue: Token) -> Token:
    """'Assistant to the President of ..., Head of the ... Department of the Presidential
    Administration Hikmet Hajiyev told SCT': a title too long for the parse, which made its
    first noun the subject and swallowed the name into the last body's name; two words after
    that body noun, right before the verb and inside the subject's phrase, are who speaks."""
    doc = cue.doc
    if cue.i < 3 or subj.ent_type_ or subj.pos_ not in ("NOUN", "PROPN") or subj.tag_ not in (
        "NN", "NNP"
    ):
        return subj  # (a title's first noun, singular, no name of its own)
    last, given = doc[cue.i - 1], doc[cue.i - 2]
    if last.pos_ != "PROPN" or given.pos_ != "PROPN" or not (
        subj.i < given.i and last.i <= subj.right_edge.i
    ):
        return subj
    # two words right after the body noun that ends the title ('A spokeswoman for Treasurer
    # Jim Chalmers said' is the spokeswoman's: the name there is her principal's)
    if given.i - 1 > subj.i and doc[given.i - 1].lemma_.lower() in lexicon().bodies and (
        doc[given.i - 1].is_title and given.ent_type_ != "PERSON"
    ):
        return last
    return subj


def _place_word(tok: Token) -> bool:
    """Is a capitalised word a country, continent or gazetteer place ('Africa', 'Sudan')?"""
    return tok.is_title and (
        country_of_word(tok.text) is not None or fold(tok.text) in gazetteer_places()
        or tok.lower_ in region_words()
    )


def _with_absolute_subject(cue: Token) -> Token | None:
    """'..., with visiting Iranian Foreign Minister Abbas Araghchi asserting that ...': in an
    absolute phrase opened by 'with', the noun right before the participle is its subject,
    not the subject of the main clause the parse hangs the participle on."""
    if cue.tag_ != "VBG" or cue.i < 2:
        return None
    doc = cue.doc
    prev = doc[cue.i - 1]
    if prev.pos_ not in ("PROPN", "NOUN"):
        return None  # ('with officials saying ...': unnamed, and still not the main subject)
    for k in range(cue.i - 2, max(sent_of(cue).start, cue.i - 10) - 1, -1):
        t = doc[k]
        if t.lower_ == "with" and t.pos_ == "ADP":
            return prev
        if t.is_punct or (t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG"):
            return None  # ('with' must open the phrase that ends at the participle)
    return None


def _holder_after_remit(subj: Token) -> Token:
    """'US senior adviser for Africa Massad Boulos told reporters': the parse makes the office
    the subject and hangs its place and its holder's name on 'for' as one object; the name
    after the place speaks."""
    if subj.pos_ != "NOUN" or subj.lemma_.lower() not in lexicon().roles:
        return subj
    for prep in subj.children:
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if (
            prep.dep_ == "prep" and prep.lower_ in ("for", "to", "of")
        ) else None
        if obj is None or obj.ent_type_ != "PERSON":
            continue
        first = next(t for t in obj.subtree if t.ent_type_ == "PERSON")
        if first.i < obj.i - 1 and _place_word(first) and (
            fold(first.text) not in lexicon().first_names
        ):
            return obj  # ('Africa Peter Pham' tagged as one person; 'Kenya Moore' is a name)
        if first.i > prep.i + 1 and first.ent_iob_ == "B" and first.i < obj.i and (
            obj.doc[first.i - 1].ent_type_ in ("GPE", "LOC")
            and fold(obj.doc[first.i - 1].text) not in lexicon().first_names
        ):
            return obj  # (a given name and a surname after the place: 'Jordan Bardella' no)
    return subj


def _subordinate_subject(cue: Token) -> Token | None:
    """'Panic has gripped residents as the Nigeria Centre for Disease Control confirmed that
    41 people have died': the parse reads 'as the Centre' as a prepositional phrase and leaves
    'confirmed' without a subject; the noun closing that phrase right before the verb is it."""
    if cue.dep_ != "advcl" or cue.i == 0:
        return None
    for tok in cue.doc[max(sent_of(cue).start, cue.i - 12) : cue.i]:
        if tok.dep_ == "pobj" and tok.right_edge.i == cue.i - 1 and tok.pos_ in (
            "NOUN", "PROPN"
        ) and tok.head.lower_ in _SUBORDINATORS and tok.head.dep_ == "prep":
            return tok
    return None


def _aside_participle_subject(cue: Token) -> Token | None:
    """'Spokeswoman Maria Zakharova, asked about the visit at her briefing, said [clause]':
    the parse makes the aside's participle a clause of the cue and the speaker its subject;
    the subject set off before the participle is the cue's."""
    doc = cue.doc
    for c in cue.children:
        if c.dep_ not in ("ccomp", "advcl") or c.i > cue.i or c.tag_ not in ("VBN", "VBD"):
            continue
        subj = next((k for k in c.children if k.dep_ == "nsubj" and k.i < c.i), None)
        set_off = doc[c.i - 1].text == ","  # (the comma may belong to the subject's phrase)
        if subj is not None and set_off and subj.right_edge.i in (c.i - 2, c.i - 1):
            return subj
    return None


def _apposed_name_before(cue: Token) -> Token | None:
    """'"...," the union's secretary-general, Esteban Quiej, told The Associated Press'
    parsed with the description as a clause of the quote and the verb left without a subject:
    a name set off by commas right before the verb, in apposition to what precedes it, is
    the one who speaks."""
    doc = cue.doc
    k = cue.i - 1
    if k < 3 or doc[k].text != "," or cue.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    name = doc[k - 1]
    if name.pos_ != "PROPN" or name.dep_ != "appos" or not name.text[:1].isupper() or (
        name.ent_type_ in ("GPE", "LOC", "NORP", "DATE")
        # ('Hon. Aden Duale, EGH, said': the honour's letters after a name are no one)
        or name.text.replace(".", "").lower() in lexicon().postnominals
        or name.head.pos_ == "PROPN"
    ):
        return None
    start = name.left_edge.i
    if start < 1 or doc[start - 1].text != "," or not all(
        t.pos_ == "PROPN" or t.is_punct for t in doc[start : name.i + 1]
    ):
        return None
    return name


def _fronted_place_person(cue: Token) -> Token | None:
    """'In Warangal, Lakshmi Pothula, whose son ..., said': the parse reads the person set
    off after a fronted place as the object of 'In' and leaves the verb without a subject;
    the person named after the place's comma speaks."""
    if cue.i == 0:
        return None
    start = sent_of(cue).start
    while start < cue.i and cue.doc[start].is_space:
        start += 1
    prep = next((c for c in cue.children if c.dep_ == "prep" and c.i == start), None)
    if prep is None:
        return None
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.ent_type_ != "PERSON" or pobj.pos_ != "PROPN" or pobj.i > cue.i:
        return None
    first = pobj.i
    while first > prep.i + 1 and cue.doc[first - 1].ent_type_ == "PERSON":
        first -= 1
    before = cue.doc[first - 1]
    place = [t for t in cue.doc[prep.i + 1 : first - 1] if t.ent_type_ in ("GPE", "LOC", "FAC")]
    return pobj if before.text == "," and place else None


def _office_list_holder(subj: Token) -> Token:
    """'Trade, Industry and Competition Minister Parks Tau told ...': the parse reads the
    remits of the office as a list of subjects whose last conjunct is the minister; the person
    named after the title in the last conjunct speaks, not the first remit."""
    if subj.ent_type_ == "PERSON" or subj.pos_ != "PROPN":
        return subj
    conjuncts = [c for c in subj.conjuncts if c.i > subj.i]
    if not conjuncts:
        return subj
    last = conjuncts[-1]
    doc = subj.doc
    first = next((i for i in range(last.left_edge.i, last.i + 1)
                  if doc[i].ent_type_ == "PERSON"), None)
    if (
        last.ent_type_ != "PERSON" or first is None or first == 0
        or doc[first - 1].lower_ not in lexicon().titles
        or first - 1 <= last.left_edge.i  # 'Britain and President Joe Biden': no remit
        or subj.ent_type_ in ("GPE", "NORP", "LOC")  # 'Moscow and President Putin'
        or any(t.ent_type_ == "PERSON" or not t.text[:1].isupper()
               for t in doc[subj.i : first - 1] if not t.is_punct and t.dep_ != "cc")
    ):
        return subj  # 'Moscow and Kyiv' or 'the minister and Jane Roe': subjects in their own right
    return last


def _after_dateline(subj: Token) -> Token:
    """'BOGOTA, Colombia (AP) — Juan Perez told reporters': the parse makes the dateline's
    place the subject and hangs the name after the dash on it; the one named after the dash
    speaks."""
    credit = _agency_credit(subj)
    holders = [subj] + ([credit] if credit is not None else []) + [
        c for c in subj.children if c.dep_ == "appos" and c.ent_type_ == "DATE"
    ]  # ('CORK, 17 November 2026 – X': the dash may hang on the date)
    dashes = [
        c for h in holders for c in h.children if c.dep_ == "punct" and (
            c.text in _DASHES or (
                c.text == "-" and c.whitespace_ and c.i > 0 and c.doc[c.i - 1].whitespace_
            )
        )  # 'PORT SUDAN/NAIROBI, Nov 17 (Reuters) - Sudan's Foreign Ministry'
    ]
    if not dashes:
        return _after_agency_dateline(subj)
    if subj.ent_type_ not in ("GPE", "LOC") and credit is None and not (
        subj.is_upper and len(subj) > 2 and subj.i == sent_of(subj).start
        and subj.i + 1 < len(subj.doc) and subj.doc[subj.i + 1].text == ","
    ) and not _dateline_date(subj):
        # ('KINSHASA, Nov 3 (AFP) -' with the capital's name tagged a body is a dateline;
        # so is 'ABUJA, Nov 4 -' with the untagged date made the subject)
        return subj  # 'Mayor Ana Ruiz — a former judge — said': no dateline
    after = [c for c in subj.children if c.dep_ in ("appos", "conj") and c.i > dashes[0].i]
    # 'SEOUL — South Korea's former president Yoon Suk Yeol told': a description after
    # the dash speaks as well (its own apposition names the person)
    return after[-1] if after and after[-1].pos_ in ("PROPN", "NOUN") else subj


def _dateline_date(subj: Token) -> bool:
    """Is ``subj`` the date of a dateline ('ABUJA, Nov 4 - The spokesman said'): a month
    with a day, after the place in capitals and its comma that open the sentence?"""
    doc = subj.doc
    start = sent_of(subj).start
    return is_month(subj.text) and subj.i == start + 2 and doc[start].is_upper and (
        doc[start + 1].text == ","
    ) and any(c.dep_ == "nummod" and c.like_num for c in subj.children)


def _agency_credit(subj: Token) -> Token | None:
    """The agency of a wire dateline the sentence opens with, when the parse hung it on the
    place: 'Rabat, 26/11/2026 (MAP) -', where the place may be tagged a person and the date
    written in figures (so no date entity says it is a dateline)."""
    doc = subj.doc
    if subj.i != sent_of(subj).start or subj.i + 1 >= len(doc) or doc[subj.i + 1].text != ",":
        return None
    for c in subj.children:
        if c.dep_ == "appos" and c.i <= subj.i + 6 and 0 < c.i - 1 and c.i + 1 < len(doc) and (
            doc[c.i - 1].text == "(" and doc[c.i + 1].text == ")"
        ) and (c.lower_ in lexicon().relays or (c.is_upper and 2 <= len(c) <= 6)):
            return c
    return None


def _after_agency_dateline(subj: Token) -> Token:
    """'New Delhi, Nov 6 (PTI) India on Friday said': a wire dateline with the agency in
    brackets and no dash; the parse makes the place the subject and the real subject its
    apposition after the closing bracket."""
    doc = subj.doc
    if subj.left_edge.i != sent_of(subj).start or subj.ent_type_ not in ("GPE", "LOC", "ORG") or (
        ")" not in sent_of(subj).text
    ):
        return subj
    for a in subj.children:
        if a.dep_ != "appos" or a.i <= subj.i or a.pos_ not in ("PROPN", "NOUN"):
            continue
        k = next((t.i for t in doc[subj.i + 1 : a.i] if t.text == ")"), None)
        if k is None or doc[k - 2].text != "(" or not any(
            t.ent_type_ == "DATE" for t in doc[subj.i + 1 : k - 2]
        ):
            continue  # ('The Business Council (CCE), the main lobby, said': no date, no line)
        agency = doc[k - 1]
        if agency.lower_ in lexicon().relays or (agency.is_upper and 2 <= len(agency) <= 6):
            return a
    return subj


def _et_al(subj: Token) -> Token:
    """'Roe et al found ...': the parser makes 'al' the subject; the first author speaks."""
    i = subj.i
    if subj.lower_.rstrip(".") == "al" and i >= 2 and subj.doc[i - 1].lower_ == "et":
        return subj.doc[i - 2]
    return subj


def _person_object(verb: Token) -> bool:
    """Does a verb have a named or personal object ('Labour suspended Diane Abbott after
    claiming ...')? Then the gerund after it may be the object's act, not the subject's."""
    return any(c.dep_ == "dobj" and (c.pos_ in ("PROPN", "PRON") or c.ent_type_ == "PERSON"
                                     or c.lemma_.lower() in lexicon().roles)
               for c in verb.children)


def _bare_participle(verb: Token) -> bool:
    """A past participle with no auxiliary of the perfect ('have Y released'): a passive
    small clause, whose subject is not who acts in its 'by' phrase."""
    return verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children)


# prepositions whose gerund ('by telling', 'after saying') is done by the subject of the verb
# the phrase modifies
_MANNER_PREPOSITIONS = frozenset({"by", "after", "before", "while", "when", "in", "on", "since"})


def _chain_top(cue: Token) -> Token:
    """The verb a participle/conjunct/xcomp chain hangs from ('Calling it ..., X told ...').

    A verb inside quotation marks is no host for a cue outside them: 'X said, "... Facebook
    has to search ...", also observing "..."' hangs 'observing' off the quoted 'search', but
    X observes, not Facebook.
    """
    quoted: set[int] | None = None
    tok = cue
    for _ in range(6):
        subj = _subject(tok)
        if subj is not None and tok.i != cue.i:
            if quoted is None:
                quoted = _quoted_tokens(sent_of(cue))
            if subj.i in quoted and cue.i not in quoted and tok.head.i != tok.i:
                tok = tok.head
                continue
            if quoted is None:
                quoted = _quoted_tokens(sent_of(cue))
            if tok.dep_ == "ccomp" and tok.head.i != tok.i and tok.head.pos_ == "VERB" and (
                tok.head.i not in quoted
            ) and (_subject(tok.head) is not None or _described_noun(tok.head) is not None):
                # 'the flight reported that pressure had risen, finding the storm ...': a
                # reported clause's own subject never speaks; the reporter named above does
                tok = tok.head
                continue
        if subj is not None and tok.i != cue.i and _set_off_participle(cue, tok):
            # 'X threatened a response after the US launched drills - branding the pilots
            # "..."': a participle set off after a subordinate clause goes with the main one
            tok = tok.head
            continue
        if subj is None and tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and (
            tok.head.lower_ in _MANNER_PREPOSITIONS and tok.head.head.pos_ in ("VERB", "AUX")
            and not _bare_participle(tok.head.head) and not _person_object(tok.head.head)
        ):
            # 'X ended the session by telling the committee [clause]': the verb the phrase
            # belongs to has the speaker ('accused Y of saying' is Y's, so not 'of'; in
            # 'tried to have Y released by saying' the participle's subject did not speak)
            tok = tok.head.head
            continue
        if subj is not None or tok.head.i == tok.i or tok.dep_ not in (
            "advcl", "conj", "xcomp", "ccomp", "pcomp", "acomp"
        ):  # 'acomp': 'police were able to determine ...' speaks for the police
            return tok
        tok = tok.head
    return tok


def _set_off_participle(cue: Token, host: Token) -> bool:
    """Is ``cue`` a participle set off by a comma or dash at the end of ``host``, an adverbial
    clause opened by 'after', 'as', 'when' ... that hangs on a main verb with a subject?"""
    doc = cue.doc
    return (
        cue.tag_ == "VBG" and cue.dep_ == "advcl" and cue.head.i == host.i and cue.i > 0
        and doc[cue.i - 1].text in (",", "-", "\u2013", "\u2014") and host.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in host.children)
        and host.head.pos_ in ("VERB", "AUX") and _subject(host.head) is not None
    )


_TIME_MARKS = frozenset({"after", "before", "as", "when", "while", "since", "until", "once"})


def _inherited_subject(cue: Token) -> Token | None:
    """Subject of the verb chain a participle/conjunct/xcomp hangs from ('..., stressing')."""
    return _subject(_chain_top(cue))


def _quoted_tokens(sent: Span) -> set[int]:
    """Indices of the tokens of a sentence that sit between quotation marks (read once per
    sentence: the cue readers ask it of the same sentence many times). Shared: do not
    change the set."""
    memo: dict[int, set[int]] = doc_memo(sent.doc, "quoted_tokens")
    found = memo.get(sent.start)
    if found is None:
        found = memo[sent.start] = _read_quoted_tokens(sent)
    return found


def _read_quoted_tokens(sent: Span) -> set[int]:
    words = doc_tokens(sent.doc)[sent.start : sent.end]
    first = next((t for t in words if t.is_quote or t.text in ("\u201c", "\u201d", '"')), None)
    # a sentence the splitter started inside a quotation ('"A. B," X told the crowd') opens
    # with its closing mark: the words before it are quoted
    inside, out = first is not None and first.tag_ == "''" and first.text != "'", set()
    for t in words:
        if t.is_quote or t.text in ("\u201c", "\u201d", '"'):
            inside = not inside
            continue
        if inside:
            out.add(t.i)
    return out


def _left_person(verb: Token) -> Token | None:
    """A person named before a cue verb the parse left without a subject.

    'Calling it "...", Jane Roe of the charity, told Reuters "..."': the parser hangs the name
    off the participle's object, so the verb has no subject; the last person named before the
    verb in its sentence, outside quotation marks and not governed by a preposition, speaks.
    """
    sent = sent_of(verb)
    quoted = _quoted_tokens(sent)
    k = verb.i - 1
    while k > sent.start and (verb.doc[k].is_punct or verb.doc[k].like_num):
        k -= 1  # 'In a bar near the Bernabeu, barman Javier Morales, 58, told us'
    if k < verb.i - 1 and verb.doc[k].ent_type_ == "PERSON" and k not in quoted and (
        _set_off(verb.doc[k])
    ):
        return verb.doc[k]  # the name set off right before the verb, however it was parsed
    for t in reversed(sent[: verb.i - sent.start]):
        if t.i in quoted or t.ent_type_ != "PERSON" or t.ent_iob_ == "B" and (
            t.i + 1 < verb.i and t.doc[t.i + 1].ent_iob_ == "I"
        ):
            continue  # the last token of a person's name heads it
        if (t.dep_ == "pobj" or t.head.dep_ == "pobj" and t.dep_ == "compound") and not (
            t.i == verb.i - 1 and t.dep_ == "pobj" and t.head.head.lemma_.lower() in (
                lexicon().roles
            )  # 'WHO representative in Afghanistan Edwin Ceniza Salvador warned'
        ):
            continue  # 'speaking to Jane Roe'
        return t
    return None


def _set_off_noun_before(verb: Token) -> Token | None:
    """'..., the provincial capital, and the World Health Organization (WHO) said [clause]',
    'At a street market in the district, fruit seller Edilene Souza said [clause]', 'Speaking
    in New Delhi, ..., Piyush Goyal, said [clause]': the parse hangs the subject on the phrase
    before it (a conjunct, an object of its preposition, the opening participle) and leaves
    the verb without one. A noun phrase set off by a comma or 'and' that ends right
    before the verb (a bracketed short name aside) is its subject, when a clause follows, or
    when the clause comes first and the verb closes the sentence."""
    doc = verb.doc
    closing = all(  # '[clause], the UN's humanitarian office, OCHA, said last week.'
        t.is_punct or t.is_space or t.ent_type_ in ("DATE", "TIME")
        for t in doc[verb.i + 1 : sent_of(verb).end]
    )
    if not any(c.dep_ == "ccomp" and (c.i > verb.i or closing) for c in verb.children):
        return None
    k = verb.i - 1
    if doc[k].text == ",":
        k -= 1  # 'Speaking in New Delhi, India's Minister ..., Piyush Goyal, said'
    if k >= 3 and doc[k].text == ")" and doc[k - 2].text == "(":
        k -= 3  # 'the World Health Organization (WHO)'
    if k <= sent_of(verb).start:
        return None
    tok = doc[k]
    if tok.pos_ not in ("PROPN", "NOUN") or tok.dep_ not in (
        "pobj", "conj", "appos", "npadvmod"
    ) or (
        tok.head.i > tok.i or k in _quoted_tokens(sent_of(verb))
        or tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY")
    ):
        return None
    start = tok.left_edge.i
    return tok if start > sent_of(verb).start and doc[start - 1].lower_ in (",", "and") else None


def _person_then_time(verb: Token) -> Token | None:
    """'... off Shetland - and Defence Secretary John Healey last night warned Vladimir
    Putin:' with the name read as the object of an earlier preposition and the cue as a
    conjunct of the first clause: a person's name followed only by the time of the act
    ('last night', 'on Tuesday' tagged a date) right before the verb is its subject."""
    doc = verb.doc
    j = verb.i - 1
    while j > sent_of(verb).start and doc[j].ent_type_ in ("DATE", "TIME"):
        j -= 1
    if j == verb.i - 1 or doc[j].ent_type_ != "PERSON" or doc[j + 1].ent_iob_ != "B":
        return None
    return None if j in _quoted_tokens(sent_of(verb)) else doc[j]


def _who_opener(verb: Token) -> Token | None:
    """'Shetland fisherman Rab Isbister, 52, who spotted the ship ..., said' with the place
    read as a verb and the name as its object, untagged as a person: a phrase opening the
    sentence and running up to the comma before the cue holds its subject; the proper noun
    in it that a 'who' clause describes is the speaker."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    for child in verb.lefts:
        if child.left_edge.i != sent_of(verb).start or child.right_edge.i != verb.i - 2:
            continue
        for tok in child.subtree:
            if tok.pos_ == "PROPN" and any(
                c.dep_ == "relcl" and c.left_edge.lower_ == "who" for c in tok.children
            ):
                return tok
    return None


def _set_off(last: Token) -> bool:
    """Does the person's name ending at ``last`` open its own stretch of the sentence, after
    a comma and at most a few words of description (', barman Javier Morales')? A name
    closing a phrase ('the Cabinet Secretary for Foreign and Diaspora Affairs') does not."""
    doc = last.doc
    start = sent_of(last).start
    k = last.i
    while k > start and doc[k].ent_iob_ == "I":
        k -= 1  # the first word of the name
    for _ in range(3):
        if k == start or doc[k - 1].text == ",":
            return True
        if not (doc[k - 1].pos_ == "NOUN" and doc[k - 1].is_lower):
            return False
        k -= 1  # 'barman', 'local trader'
    return k == start or doc[k - 1].text == ","


def _phrase_text(tok: Token, limit: int = 6) -> str | None:
    sub = list(tok.subtree)
    if len(sub) > limit:
        return None
    return tok.doc[sub[0].i : sub[-1].i + 1].text


def cue_phrase(cue: Token, lex: Lexicon) -> str:
    """'said', 'told a daily briefing', 'said in a statement', 'quoted … as saying'."""
    if cue.lemma_ == "quote":
        return "quoted \u2026 as saying"
    parts = [cue.text] + [c.text for c in cue.children if c.dep_ == "prt"]
    if cue.lemma_ == "tell":
        for child in cue.children:
            if child.dep_ in _OBJ:
                glued = [k for k in child.rights if k.dep_ == "appos" and k.pos_ == "PROPN"
                         and k.left_edge.i == child.i + 1]
                # ('told the Egyptian minister Türkiye attached': the name is the clause's)
                obj = _phrase_text(child) if not glued else cue.doc[
                    child.left_edge.i : glued[0].left_edge.i
                ].text
                if obj:
                    parts.append(obj)
                break
    for child in cue.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "on", "during", "via", "at"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.lemma_.lower() in lex.cue_nouns:
                obj = _phrase_text(child)
                if obj:
                    # a fronted 'In a statement, the ministry said' reads 'said in a
                    # statement': the preposition loses its sentence-initial capital
                    parts.append(child.lower_ + obj[len(child.text) :])
                    break
    return " ".join(parts)


def _via(cue: Token, speaker: Token | None, lex: Lexicon) -> str | None:
    """The relaying outlet: listener of 'told', subject of 'quoted'/'reported' nearby, ..."""
    if cue.lemma_ == "quote":
        for child in cue.children:
            if child.dep_ in ("nsubj", "agent"):
                tok = child if child.dep_ == "nsubj" else next(child.children, child)
                name = subject_outlet(tok, lex) or _labelled_outlet(tok, lex)
                if name:
                    return name
    for child in cue.children:
        if child.dep_ in _OBJ:
            name = outlet_name(child, lex)
            if name:
                return name
        if child.dep_ == "prep" and child.lower_ in ("to", "with"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and outlet_name(pobj, lex):
                    return outlet_name(pobj, lex)
    # Another verb of the same sentence whose subject is an outlet ('..., TASS reported'),
    # on the cue's side of any semicolon ('Initial reports stated A; NDTV later reported B'
    # has NDTV relay nothing of A)
    sent = sent_of(cue)
    toks = doc_tokens(cue.doc)
    lo, hi = sent.start - 1, sent.end
    for t in toks[sent.start : sent.end]:  # (one walk over the tokens for both bounds)
        if t.text == ";":
            if t.i < cue.i:
                lo = t.i
            elif hi == sent.end:
                hi = t.i
    for tok in toks[lo + 1 : hi]:
        if tok.i == cue.i or tok.pos_ not in ("VERB", "AUX"):
            continue
        if tok.lemma_ in ("report", "quote", "say", "cite", "carry", "write"):
            subj = _subject(tok)
            other = subj is not None and (speaker is None or subj.i != speaker.i)
            if subj is not None and other and (name := subject_outlet(subj, lex)):
                return name
        if tok.lower_ == "according":
            for prep in tok.children:
                for pobj in prep.children:
                    if pobj.dep_ != "pobj":
                        continue
                    for cand in [pobj] + [c for c in pobj.children if c.dep_ == "appos"]:
                        if outlet_name(cand, lex):
                            return outlet_name(cand, lex)
    return None


def _labelled_outlet(subj: Token, lex: Lexicon) -> str | None:
    """The name after an outlet's label as the subject of 'quoted' ('Local paper Noticias
    Riviera quoted a waiter as saying'): the tagger may read an outlet it does not know as a
    person, but only an outlet quotes someone as saying, so the label decides."""
    if subj.pos_ != "PROPN" or not any(
        c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "NOUN" and c.lower_ in lex.outlet_words
        and c.i < subj.i for c in subj.children
    ):
        return None
    doc, start = subj.doc, subj.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == subj.i:
        start -= 1
    return doc[start : subj.i + 1].text


def subject_outlet(subj: Token, lex: Lexicon) -> str | None:
    """The outlet a verb's subject names, itself or by an apposition ('the state news agency
    RIA Novosti reported': the name may hang as an apposition on the description)."""
    for cand in [subj] + [c for c in subj.children if c.dep_ == "appos"]:
        if name := outlet_name(cand, lex):
            return name
    doc = subj.doc
    k = subj.i + 1
    if k < len(doc) and subj.lower_ in lex.outlet_words and subj.pos_ == "NOUN" and (
        doc[k].ent_type_ == "ORG" and doc[k].ent_iob_ == "B" and doc[k].text[:1].isupper()
        and doc[k].head.i in (subj.i, subj.head.i)
    ):  # 'Sudan's state news agency SUNA quoted ...' with the name parsed as an adverb
        end = k + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        name = doc[k:end].text
        return lex.relays.get(name.lower(), name)
    return None


@cache
def listener_verbs() -> frozenset[str]:
    """Cue verbs whose passive subject, or object, is the listener ('she has been told',
    'parents were warned', 'warned Vladimir Putin: "..."'), see ``quote_listener_verbs.csv``."""
    return frozenset(r["lemma"].lower() for r in load_table("quote_listener_verbs.csv"))


def after_closing_quote(cue: Token) -> bool:
    """Does the cue follow a quotation that closes right before it ('"...," said X' or
    '"...", said X')? What comes after such a cue is its speaker, not reported content."""
    doc = cue.doc
    if cue.i < 2:
        return False
    one, two = doc[cue.i - 1], doc[cue.i - 2]
    return (one.is_quote and two.text in (",", "?", "!")) or (one.text == "," and two.is_quote)


def inverted_before_relative(cue: Token) -> Token | None:
    """'"...," said Olena, whose son, a marine, was captured in 2024' parsed with the name as
    the subject of the relative clause's verb, made the cue's complement: after a quotation
    closing right before it, a name right after the cue and set off by a comma before
    'who' or 'whose' is the speaker (the token; None when the sentence is not so)."""
    doc = cue.doc
    if cue.i + 3 >= len(doc) or not after_closing_quote(cue):
        return None
    name = doc[cue.i + 1]
    if name.pos_ != "PROPN" or doc[cue.i + 2].text != "," or (
        doc[cue.i + 3].lower_ not in ("who", "whose")
    ) or any(c.dep_ in _SUBJ for c in cue.children):
        return None
    clause = name.head
    return name if name.dep_ in _SUBJ and clause.dep_ == "ccomp" and clause.head.i == cue.i else (
        None
    )


def bare_participle_clause(clause: Token) -> bool:
    """A 'clause' headed by a past participle with no auxiliary and no 'that': after an
    inverted cue it is the speaker and a reduced relative ('said the declaration of X,
    adopted after two days'), not a statement."""
    return clause.tag_ == "VBN" and not any(
        k.dep_ in ("aux", "auxpass", "mark") for k in clause.children
    )


def _fallback_speaker(cue: Token, lex: Lexicon) -> Token | None:
    """When the parse gives the cue no subject: a name right after it ('said Peskov').

    The object of 'told' is the listener ('told Reuters'), never the speaker.
    """
    inverted = cue.i > 0 and cue.doc[cue.i - 1].is_punct
    for child in cue.rights:
        if child.dep_ in ("dobj", "attr", "npadvmod", "nsubj", "appos") and child.pos_ in (
            "PROPN",
            "NOUN",
        ) and not (child.ent_type_ in ("DATE", "TIME") and cue.tag_ != "VBG"):
            # ('said today': when, not who)
            if child.dep_ == "dobj" and (
                cue.lemma_ == "tell" or outlet_name(child, lex) or cue.tag_ == "VBG"
                or (cue.lemma_ in listener_verbs() and not inverted)
            ):  # 'finding the storm no longer qualified': what a participle finds is no
                # speaker; 'X last night warned Vladimir Putin:' warns the listener
                continue
            return child
    if after_closing_quote(cue):
        for clause in cue.rights:
            subj = next((k for k in clause.children if k.dep_ == "nsubj"), None)
            if clause.dep_ == "ccomp" and bare_participle_clause(clause) and subj is not None and (
                subj.left_edge.i == cue.i + 1 and subj.pos_ in ("NOUN", "PROPN")
            ):  # '"...," said the declaration of X, adopted ...': the participle's subject
                return subj
    # '"...," said bestselling author Jane Roe.': a description parsed as a clause of its own;
    # the person named before the next punctuation right after the cue is the speaker. Only
    # an inverted cue (right after the quote or a comma) is followed by its speaker; 'says
    # Zelensky has ...' is followed by the reported clause.
    for tok in cue.doc[cue.i + 1 : min(cue.i + 8, sent_of(cue).end)] if inverted else []:
        if tok.is_punct or tok.pos_ in ("ADP", "SCONJ", "PRON", "CCONJ") or (
            tok.pos_ in ("VERB", "AUX") and tok.dep_ != "xcomp"
        ):
            break  # 'said on Tuesday that Jane Roe ...': past the description
        if tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN" and (
            tok.i + 1 >= len(cue.doc) or cue.doc[tok.i + 1].ent_iob_ != "I"
        ):
            if _reported_subject(tok, cue):
                break  # 'X, a columnist for ESPN, said Kobe and his daughter were ...'
            return tok
    for child in cue.lefts:
        if child.dep_ == "advcl" and child.tag_ == "VBG" and child.i < cue.i:
            named = _hung_on_participle(child)
            if named is not None:
                return named
        # a broken parse of 'Senator from Ohio John Smith said': the title hangs as npadvmod
        if child.dep_ == "npadvmod" and child.pos_ == "PROPN" and child.ent_type_ != "DATE":
            return child
        if child.dep_ in ("advmod", "dep") and child.pos_ == "PROPN" and child.i == cue.i - 1 and (
            child.is_title and child.ent_type_ in ("", "PERSON", "ORG")
        ):
            # 'Pengelly said she would reopen' with the surname read as an adverb; '"...,"
            # PM Modi posted on X' with the name left hanging as an unlabelled dependent
            return child
    return None


def _hung_on_participle(participle: Token) -> Token | None:
    """'Opening the case on Wednesday, Gráinne Fahy SC, prosecuting, said ...': the parser
    hangs the name set off after the fronted participle clause on the participle itself and
    leaves the cue without a subject. A proper noun after the comma that closes that clause,
    followed only by set-off words up to the cue, is the speaker; the participle's own object
    ('Addressing Putin, ...') comes before any comma and is left alone."""
    doc = participle.doc
    for k in participle.rights:
        if k.dep_ in ("npadvmod", "appos", "nsubj", "dobj") and k.pos_ == "PROPN" and (
            k.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "NORP")
            and k.left_edge.i > participle.i + 1 and doc[k.left_edge.i - 1].text == ","
        ):
            return k
    return None


def _reported_subject(tok: Token, cue: Token) -> bool:
    """Is ``tok`` the subject (or a subject's conjunct) of a finite clause reported by
    ``cue`` that goes on after it ('said Kobe and his daughter were on their way')?"""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head
    return tok.dep_ in _SUBJ and verb.i > tok.i and verb.dep_ == "ccomp" and (
        verb.head.i == cue.i
    )


def _opening_speaker(cue: Token) -> Token | None:
    """'Remarked Center for Biological Diversity scientist Tierra Curry, "..."': a speech verb
    opening its sentence, straight followed by a name or description (not 'Asked by',
    'Speaking to'), has its speaker after it; the person closing that description (before
    the comma, colon or quotation mark) speaks, whatever the parse made of the words."""
    doc = cue.doc
    opening = cue.i == sent_of(cue).start or doc[cue.i - 1].is_space
    if not opening or cue.i + 1 >= len(doc) or doc[cue.i + 1].pos_ not in ("PROPN", "NOUN", "ADJ"):
        return None
    last = None
    for tok in doc[cue.i + 1 : min(cue.i + 16, sent_of(cue).end)]:
        if tok.is_punct or tok.pos_ in ("VERB", "AUX"):
            break
        if tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN" and (
            tok.i + 1 >= len(doc) or doc[tok.i + 1].ent_iob_ != "I"
        ):
            last = tok
    return last


def _interrupted_subject(verb: Token) -> Token | None:
    """'Sheinbaum, asked whether Mexico would retaliate, said ...': the parse makes the
    participle set off by commas a clause of its own and leaves the cue without a subject;
    the proper noun opening the sentence before that comma speaks."""
    for c in verb.children:
        if c.dep_ not in ("ccomp", "advcl") or c.i > verb.i or c.i < 2 or c.tag_ not in (
            "VBD", "VBN"
        ) or verb.doc[c.i - 1].text != ",":
            continue
        subj = verb.doc[c.i - 2]
        first = sentence_opener(subj) or subj
        if subj.pos_ == "PROPN" and subj.head.i == c.i and subj.left_edge.i == first.i:
            return subj
    return None


def _subject_of_clause_before(verb: Token) -> Token | None:
    """'Mulcahy, who grew up in Ennis, Co Clare, and has worked in Dublin for a decade, says
    ...': the parse makes the long subject's second verb a clause of the cue and leaves the
    cue without a subject; the proper noun opening the sentence, subject of that clause,
    speaks (not the last name before the cue, a county of the relative clause)."""
    first = sentence_opener(verb)
    for c in verb.children:
        if c.dep_ != "ccomp" or c.i > verb.i or first is None:
            continue
        subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
        # only punctuation between the clause and the cue ('..., the presidential office,
        # Cheong Wa Dae, said' has its own subject there, which the parse missed)
        between = verb.doc[c.right_edge.i + 1 : verb.i]
        if subj is not None and subj.pos_ == "PROPN" and _opens_sentence(subj, first) and (
            (len(between) > 0 or verb.doc[verb.i - 1].text == ",")
            and all(t.is_punct for t in between)
        ) and not any(t.dep_ == "appos" and t.i > c.i for t in c.subtree):
            return subj
    return None


def _opens_sentence(subj: Token, first: Token) -> bool:
    """Does a subject open its sentence, or follow only a fronted place or time set off by a
    comma ('Outside the court, Kamla Devi, whose son died in custody, said')?"""
    start = subj.left_edge.i
    if start == first.i:
        return True
    doc = subj.doc
    return first.pos_ == "ADP" and start - 1 > first.i and doc[start - 1].text == "," and all(
        t.pos_ not in ("VERB", "AUX", "PUNCT") for t in doc[first.i : start - 1]
    )


def closing_subject(verb: Token) -> Token | None:
    """'[clause], the UK Health Security Agency (UKHSA) said today.' parsed with the body in
    apposition to the clause's last noun and the cue left without a subject: the noun
    phrase between the last comma and a cue that follows a clause of its own speaks."""
    doc = verb.doc
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or not any(
        c.dep_ == "ccomp" and c.i < verb.i for c in verb.children
    ):
        return None
    comma = next((k for k in range(verb.i - 1, sent_of(verb).start, -1) if doc[k].text == ","),
                 None)
    if comma is None or not 1 <= verb.i - comma - 1 <= 10:
        return None
    phrase = doc[comma + 1 : verb.i]
    heads = [t for t in phrase if not (comma < t.head.i < verb.i) or t.head.i == t.i]
    if len(heads) != 1 or any(t.pos_ in ("VERB", "AUX", "PRON") or t.is_quote for t in phrase):
        return None
    head = heads[0]
    if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ in ("DATE", "TIME") or (
        head.dep_ not in ("appos", "conj", "npadvmod", "dobj", "pobj")
    ):
        return None
    return head


def _fronted_apposition(verb: Token) -> Token | None:
    """'In Bannu, a lady health worker who has taken part in drives for 12 years said ...':
    the parse sets the speaker in apposition to the place of a fronted phrase and leaves the
    cue without a subject. The noun apposed to that place, whose phrase runs up to the verb,
    speaks (and is no place itself: 'In Hola, the main town, ...')."""
    doc = verb.doc
    first = sentence_opener(verb)
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > verb.i or first is None or prep.i != first.i:
            continue
        # apposed to the place or to a second place after it ('At the General Hospital,
        # Ondo, a nurse ...'): the last apposition, which the others hold, is the speaker
        apposed = [c for c in prep.subtree if c.dep_ == "appos" and c.head.i > prep.i]
        # a name before its description ('..., Grace Wanjiru, a 52-year-old vegetable
        # seller, said') speaks as the name
        named = [c for c in apposed if c.pos_ == "PROPN" and c.ent_type_ == "PERSON"]
        for app in [*reversed(named), *reversed(apposed)]:
            end = app.right_edge.i
            while end + 1 < verb.i and doc[end + 1].is_punct:
                end += 1
            if end + 1 == verb.i and app.pos_ in ("NOUN", "PROPN") and (
                app.lemma_.lower() not in place_kinds()
                and app.ent_type_ not in ("GPE", "LOC", "FAC")
            ):
                holder = app.head  # ('..., Grace Wanjiru, a 52-year-old seller,' as a conjunct)
                # (not the town of 'In Goma, a doctor' or 'At the General Hospital, Ondo, a
                # nurse', whatever the tagger called it)
                named_holder = holder.pos_ == "PROPN" and holder.i < app.i and (
                    holder.ent_type_ == "PERSON" or holder.dep_ == "conj"
                ) and holder.ent_type_ not in ("GPE", "LOC", "FAC") and holder.dep_ != "pobj"
                return holder if named_holder else app
    return None


def _person_before(verb: Token, subj: Token) -> Token | None:
    """'Longtime Imus in the Morning writer and performer Rob Bartlett tweeted': a long
    description misparsed so that an unlabelled proper noun of it ('Imus', a show's name)
    is the subject. The person named right before the verb, inside that subject phrase, is
    the speaker. A common-noun subject ('the lawyer for John Doe said') is left alone."""
    if subj.i < verb.i and (
        subj.lemma_.lower() in place_kinds() or subj.ent_type_ in ("GPE", "LOC", "FAC")
    ):
        # 'In Hola, the main town of Tana River county, Omar Galgalo, who sells ..., said',
        # 'At Woolworths Bankstown, mum-of-four Leila Haddad, 41, said': a place is no
        # speaker; the person set in apposition inside its phrase is
        named = [t for t in subj.subtree if t.dep_ == "appos" and t.ent_type_ == "PERSON"
                 and t.i < verb.i]
        return named[-1] if named else None
    if subj.pos_ != "PROPN" or subj.ent_type_ or subj.i >= verb.i:
        return None
    k = verb.i - 1
    while k > subj.i and verb.doc[k].pos_ in ("ADV", "AUX", "PART"):
        k -= 1  # 'Rob Bartlett also tweeted', 'has said'
    tok = verb.doc[k]
    if k > subj.i and tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN" and any(
        a.i == subj.i for a in tok.ancestors
    ):
        if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "from", "for", "in"):
            # 'Mayor Eddie Melton of Gary said', the town tagged a person: the name in
            # apposition to the title speaks, not the place of the office
            named = [c for c in subj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
            if named:
                return named[0]
        return tok
    return None


def attribute(cue: Token, lex: Lexicon) -> Attribution:
    """Speaker head token, cue phrase and relay for a cue verb. Read once per cue of the
    article being read: the direct and indirect readers often ask about the same verb."""
    found: dict[int, Attribution] = doc_memo(cue.doc, "attribute")
    if cue.i not in found:
        found[cue.i] = _attribute(cue, lex)
    return found[cue.i]


def _attribute(cue: Token, lex: Lexicon) -> Attribution:
    speaker: Token | None
    if cue.dep_ == "pcomp" and cue.head.lower_ == "as" and cue.head.head.lemma_ == "quote":
        cue = cue.head.head  # 'X quoted Y as saying that ...': the quoting verb carries all
    if cue.lemma_ == "quote":
        speaker = next((c for c in cue.children if c.dep_ in ("dobj", "nsubjpass")), None)
    elif cue.lemma_ == "tell" and any(c.dep_ == "auxpass" for c in cue.children):
        # 'X was yesterday told he will serve 22 years': X is the listener; whoever told
        # him is named by 'by', if at all
        agent = next((c for c in cue.children if c.dep_ == "agent"), None)
        speaker = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    else:
        top = _chain_top(cue)
        if top.i != cue.i:
            quoted = _quoted_tokens(sent_of(cue))
            if top.i in quoted and cue.i not in quoted and _fallback_speaker(cue, lex):
                top = cue  # '"...;" read the statement; "we will not be deterred"': a verb
                # inside the marks is no host for a cue with its own speaker outside them
        speaker = (
            _opening_speaker(cue) or _teller_between(cue) or _subject(top)
            or inverted_before_relative(cue) or _described_noun(top) or _root_noun(top, cue)
            or _fallback_speaker(cue, lex)
        )
        if speaker is not None and speaker.i < cue.i and speaker.dep_ in _SUBJ:
            quoted = _quoted_tokens(sent_of(cue))
            doc = cue.doc
            closed = any(  # a quotation closed by its own comma right before the cue phrase
                t.tag_ == "''" and t.is_quote and cue.i - t.i <= 4
                and doc[t.i - 1].text in (",", "?", "!")
                and not any(g.pos_ == "CCONJ" or g.tag_.startswith("VB") or g.tag_ == "MD"
                            for g in doc[t.i + 1 : cue.i])
                for t in doc[speaker.i + 1 : cue.i]
            )
            if (speaker.i in quoted and cue.i not in quoted) or closed:
                # ('"... friendship has stood the test of time," PM Modi posted on X': the
                # sentence split inside the marks hides the opening one from the sentence)
                # '"RIP Big Man," tweeted the club's captain, Dean Cole': words inside the
                # marks the parse made the subject are what was said; the speaker follows
                # ('"...," Tina Roe, chair of the party, told the crowd': the name the parse
                # hung inside the quotation stands before the cue)
                speaker = _apposed_outside(speaker, cue, quoted) or _fallback_speaker(
                    cue, lex
                ) or (_left_person(cue) if cue.dep_ == "conj" else None) or speaker
        if speaker is not None:
            speaker = _after_dateline(_after_fronted_place(_after_participle(
                _after_fronted_relay(_after_fronted_agent(_noun_read_as_verb(speaker)), lex)
            )))
        if speaker is None:
            agent_set_off = _set_off_from_agent(top)
            if agent_set_off is not None and agent_set_off.dep_ in ("appos", "conj"):
                speaker = agent_set_off
        if speaker is None:
            speaker = _interrupted_subject(top) or _subject_of_clause_before(top)
        if speaker is None:
            speaker = _fronted_apposition(top) or closing_subject(top)
        if speaker is None and top.i != cue.i:
            speaker = _fallback_speaker(top, lex)
        if speaker is None:
            speaker = _person_then_time(cue) or _left_person(top) or _who_opener(top) or (
                _set_off_noun_before(top)
            )
        elif (adjacent := _person_before(top, speaker)) is not None:
            speaker = adjacent
        elif outlet_name(speaker, lex) and _after_according(speaker):
            speaker = _appositive_person(speaker) or speaker
    if speaker is not None and speaker.i > cue.i and cue.lemma_ != "quote":
        quoted = _quoted_tokens(sent_of(cue))
        if speaker.i in quoted and cue.i not in quoted:
            # 'also claimed the Home Office had "completely lost count"': words inside the
            # marks after the verb are what was said; the person named before it speaks
            speaker = _left_person(_chain_top(cue))
        elif _clause_subject_on_cue(speaker, cue):
            speaker = _left_person(cue) or speaker
    via = _via(cue, speaker, lex)
    if speaker is not None and via and cue.lemma_ != "quote" and outlet_name(speaker, lex) == via:
        via = None  # the outlet itself is speaking ('TASS reported that ...')
    return Attribution(cue, speaker, cue_phrase(cue, lex), via)


def _clause_subject_on_cue(subj: Token, cue: Token) -> bool:
    """'In a statement, the adviser, Bayo Onanuga, said the Labour Congress had "chosen ..."':
    the parse makes the reported clause's subject the cue's (an inversion, as in 'said the
    minister') and leaves the clause without one. An inverted subject stands last ('said the
    minister.', 'said the minister, adding'); one followed by the verb of a subjectless clause
    of the cue is that clause's own."""
    if subj.dep_ != "nsubj" or subj.head.i != cue.i:
        return False
    return any(
        c.dep_ == "ccomp" and c.i > subj.right_edge.i and c.pos_ in ("VERB", "AUX")
        and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
        and not any(
            t.text in (",", ";", ":") or t.is_quote
            for t in cue.doc[subj.right_edge.i + 1 : c.left_edge.i]
        )
        for c in cue.children
    )


def _apposed_outside(subj: Token, cue: Token, quoted: set[int]) -> Token | None:
    """'"... the roofer, the social worker and the vet," Kostiuk, 58, told DW': the parse
    made a noun inside the marks the subject and hung the name after the closing mark on it
    as an apposition; that name, outside the marks and before the cue, is the speaker (not
    the outlet told)."""
    return next((
        c for c in subj.children
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i not in quoted and c.i < cue.i
    ), None)


def _noun_read_as_verb(subj: Token) -> Token:
    """'Infectious diseases expert Professor Adrian Quill, of the University of Sydney,
    said' parsed with 'expert' as a verb and the name as its object: a subject that is a verb
    written in lower case right before a proper-noun object is a role noun before a name,
    and the name speaks. A noun never has an object: 'Shetland fisherman Rab Isbister, 52,
    ..., said' with 'Shetland' made the subject and the name its object is the same misparse."""
    noun = subj.pos_ == "NOUN"
    if not noun and (subj.pos_ != "VERB" or not subj.is_lower or subj.tag_ not in (
        "VB", "VBP", "NN"
    )):
        return subj
    obj = next((c for c in subj.children if c.dep_ == "dobj" and c.pos_ == "PROPN"
                and c.left_edge.i == subj.i + 1), None)
    return obj if obj is not None and (obj.ent_type_ == "PERSON" or noun) else subj


def _after_participle(subj: Token) -> Token:
    """'Reacting, the Chairman of the traders' association, Alhaji X, said ...' parsed with
    the opening participle as the subject and the speaker as its apposition: a participle
    that opens the sentence, alone before a comma, is how the speaker spoke; the noun set
    off after the comma speaks."""
    doc = subj.doc
    participle = subj.tag_ == "VBG" or (subj.tag_ == "NN" and subj.lower_.endswith("ing"))
    if not participle or subj.i + 1 >= len(doc) or doc[subj.i + 1].text != ",":
        return subj
    first = sentence_opener(subj)
    if first is None or first.i != subj.i:
        return subj
    after = [c for c in subj.children if c.dep_ in ("appos", "conj", "npadvmod")
             and c.i > subj.i + 1 and c.pos_ in ("PROPN", "NOUN")]
    if not after:
        return subj
    # 'the Special Adviser to the President ..., Bayo Onanuga,': the name set off last before
    # the verb is who speaks, and the office before it is his role
    verb = subj.head
    named = [t for t in doc[subj.i + 1 : verb.i] if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"
             and t.i + 1 < len(doc) and doc[t.i + 1].text == ","]
    if named:
        return named[-1]
    return after[0] if after[0].pos_ == "NOUN" else subj  # ('Reacting, the chairman said')


def _after_fronted_agent(subj: Token) -> Token:
    """'Led by evidence leader Pieter van der Merwe SC, the 61-year-old told the commission':
    the parse made the agent of the opening participle the subject and hung the real subject
    after the comma on it; the agent only led, the one set off after the comma speaks."""
    doc = subj.doc
    first = sentence_opener(subj)
    if first is None or first.tag_ != "VBN" or first.i + 1 >= len(doc) or (
        doc[first.i + 1].lower_ != "by"
    ) or not first.i < subj.i:
        return subj
    comma = next((t.i for t in doc[first.i : subj.i + 2] if t.text == ","), None)
    if comma is None or comma <= subj.i:
        return subj
    after = next((c for c in subj.children if c.dep_ in ("appos", "conj") and c.i > comma
                  and c.pos_ in ("NOUN", "PROPN", "ADJ")), None)
    return after if after is not None else subj


def _after_fronted_relay(subj: Token, lex: Lexicon) -> Token:
    """'In a statement carried by the state news agency Wam, Sheikh Abdullah bin Zayed, ...,
    said': the parse made the outlet closing the opening phrase the subject and joined the
    name set off after it to the outlet; the outlet only carried the words, the person
    after the comma speaks."""
    first = sentence_opener(subj)
    if first is None or first.pos_ != "ADP" or not first.i < subj.i:
        return subj
    doc = subj.doc
    if not (outlet_name(subj, lex) or (
        subj.i > 0 and doc[subj.i - 1].lower_ in lex.outlet_words
    )) or subj.i + 1 >= len(doc) or doc[subj.i + 1].text != ",":
        return subj
    return next((c for c in subj.children if c.dep_ in ("appos", "conj") and c.i > subj.i + 1
                 and c.ent_type_ == "PERSON"), subj)


def _set_off_from_agent(cue: Token) -> Token | None:
    """The same opening with no subject left to the cue at all: the parse hung the one set
    off after the comma on the agent's name ('by ... van der Merwe SC, the 61-year-old')."""
    first = sentence_opener(cue)
    if first is None or first.tag_ != "VBN" or first.i >= cue.i:
        return None
    agent = next((c for c in first.children if c.dep_ == "agent"), None)
    name = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if name is None or name.i + 1 >= len(cue.doc) or cue.doc[name.i + 1].text != ",":
        return None
    return _after_fronted_agent(name) if name.i < cue.i else None


def _after_fronted_place(subj: Token) -> Token:
    """'In Goma, Esperance Kavira, a mother of four, told the BBC' parsed with 'Goma' as the
    subject and the speaker conjoined to it: a name right after a preposition that opens the
    sentence, and set off by a comma, is where the speaker is; the noun after the comma is
    who speaks."""
    doc = subj.doc
    lead = subj.left_edge.i
    comma = subj.i + 1
    if lead < 1 or comma >= len(doc) or doc[comma].text != "," or doc[lead - 1].tag_ != "IN":
        return subj
    opener = doc[lead - 1]
    first = sentence_opener(opener)
    if first is None or first.i != opener.i:
        return subj
    after = [c for c in subj.children if c.dep_ in ("conj", "appos") and c.i > comma]
    return after[0] if after and after[0].pos_ in ("PROPN", "NOUN") else subj


def _described_noun(verb: Token) -> Token | None:
    """'An Air Force survey flight reported on Tuesday that ...' parsed as a noun phrase
    with 'reported' as its clause: the noun a finite-looking past-tense verb describes is
    its subject, as is the noun a present participle describes ('a motion claiming the
    state of emergency is unconstitutional'). A passive participle ('the findings reported
    by X') is not: it needs a reported clause of its own and no agent."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN", "VBG") or verb.head.pos_ not in (
        "NOUN", "PROPN"
    ):
        return None
    kids = [c.dep_ for c in verb.children]
    clause = "ccomp" in kids or (verb.tag_ == "VBG" and "dobj" in kids)  # 'a motion claiming'
    if not clause or "agent" in kids or verb.i < verb.head.i:
        return None
    return verb.head


def _root_noun(top: Token, cue: Token) -> Token | None:
    """'The chairperson of the Commission, X, called on both sides to "..." and said ...'
    parsed with the noun as the root of its sentence, 'called' as its clause and 'said'
    conjoined to the noun: a root noun that opens the sentence before a finite cue is the
    subject the parse lost."""
    noun = top.head if top.dep_ == "acl" and top.tag_ == "VBD" else (
        top if top.i != cue.i else None
    )  # ('A Treasury source hit back last night, saying ...' with 'hit' a clause of 'source')
    if noun is not None and noun.dep_ != "ROOT" and top.dep_ == "acl" and top.i > 0 and (
        top.doc[top.i - 1].text == ","
    ):
        # 'The Conservative leader, Kemi Badenoch, whose party voted against the bill,
        # accused ...' with the verb hung on the relative clause's last noun: the subject
        # is the root noun that opens the sentence
        noun = sent_of(top).root
    if noun is None or noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN") or (
        noun.i > cue.i or cue.tag_ not in ("VBD", "VBZ", "VBP", "VBG")
    ):
        return None
    return noun


def _teller_between(cue: Token) -> Token | None:
    """'Finland will close the border, Prime Minister Petteri Orpo said, and accused Moscow
    of "..."': a conjunct without a subject of its own shares the speaker of the speech verb
    standing between it and the verb it is conjoined to; the subject of the reported clause
    ('Finland') is never the speaker."""
    if cue.dep_ != "conj" or _subject(cue) is not None:
        return None
    host = cue.head
    for verb in host.children:
        if verb.dep_ in ("parataxis", "ccomp", "advcl") and host.i < verb.i < cue.i and (
            verb.lemma_.lower() in ("say", "tell", "add", "state", "write")
        ):
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ in ("PROPN", "NOUN", "PRON"):
                return subj
    return None


def _label(subj: Token, verb: Token) -> bool:
    """Is the 'subject' a label set off by a colon ('The Review: the minister, Jane Roe,
    said ...')? A colon right after its phrase, before the verb, ends a heading, not a
    subject."""
    doc = subj.doc
    end = subj.right_edge.i
    if doc[end].text != ":":
        end += 1
    return end < verb.i and doc[end].text == ":"


def _after_according(tok: Token) -> bool:
    """Does the phrase ``tok`` heads follow 'according to' (a misparse made it a subject)?"""
    first = tok.left_edge.i
    doc = tok.doc
    return first >= 2 and doc[first - 1].lower_ == "to" and doc[first - 2].lower_ == "according"


def _appositive_person(tok: Token) -> Token | None:
    """'According to agency X, the prosecutor, Jane Roe, said ...' parsed with the agency as
    subject: the person in apposition inside its phrase speaks, the agency relays."""
    for t in reversed(list(tok.subtree)):
        if t.ent_type_ == "PERSON" and t.dep_ == "appos":
            return t
    return None


def relays_someone(tok: Token, lex: Lexicon) -> bool:
    """Does 'according to <outlet>' relay another speaker's cue in the same sentence?

    'Pelosi called it "...", according to NBC' relays Pelosi; 'Turkey has two million
    refugees, according to CNN' has no other speaker, so CNN is the source.
    """
    src = according_to(tok)
    if src is None or not (outlet_name(src, lex) or any(
        c.dep_ == "appos" and outlet_name(c, lex) for c in src.children
    )):  # ('according to the state news agency TASS': the agency's name is apposed)
        return False
    sent = sent_of(tok)
    marks = any(t.is_quote for t in sent)
    # a cue relays words only when it carries some: quotation marks in the sentence or a
    # reported clause ('since the protests began in June' has a subject but says nothing)
    # 'According to agency X, the mayor, Jane Roe, said ...' may be parsed with the person
    # inside the source's phrase and the cue left without a subject: she speaks, X relays
    named = _appositive_person(src) is not None
    return any(
        t.lemma_.lower() in lex.direct and t.pos_ == "VERB" and t.i != tok.i
        and (named or any(c.dep_ == "nsubj" for c in t.children))
        and (marks or any(c.dep_ == "ccomp" for c in t.children))
        for t in sent
    )


def according_to(tok: Token) -> Token | None:
    """The source X of 'according to X', or None when ``tok`` is not that construction."""
    if tok.lower_ != "according":
        return None
    end = unhung_source_end(tok)
    if end is not None:
        return tok.doc[end]
    for prep in tok.children:
        if prep.lower_ == "to":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    return _placed_person(_named_in_apposition(pobj))
    nxt = tok.nbor(1) if tok.i + 2 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ == "to":
        for pobj in nxt.children:
            if pobj.dep_ == "pobj":
                return _placed_person(pobj)
    return None


def unhung_source_end(tok: Token) -> int | None:
    """'According to Reuters, Indian and Chinese officials met ...' parsed with the source
    hung on the clause's subject, and 'to' left without an object or given the subject as
    its object: the run of proper nouns right after 'to' (after 'the'), closed by a comma,
    is the source. Returns the index of its last word, or None."""
    doc = tok.doc
    k = tok.i + 2
    if tok.lower_ != "according" or k >= len(doc) or doc[tok.i + 1].lower_ != "to":
        return None
    pobj = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
    if doc[k].lower_ == "the":
        k += 1
    end = k
    while end < len(doc) and end - k < 5 and doc[end].pos_ == "PROPN" and (
        doc[end].text[:1].isupper()
    ):
        end += 1
    if end == k or end >= len(doc) or doc[end].text != "," or (
        pobj is not None and pobj.i < end
    ):
        return None
    return end - 1


def _named_in_apposition(src: Token) -> Token:
    """'according to the Indonesian news site Detik': a description whose name follows it
    in apposition, with no comma between, is the name's (a description is no one)."""
    if src.pos_ != "NOUN":
        return src
    return next((c for c in src.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and c.left_edge.i == src.i + 1), src)


def _placed_person(src: Token) -> Token:
    """'according to Connecticut Senator Richard Blumenthal' parsed with the state as the
    object: a place followed by a run of proper nouns ending in a person names that person."""
    if src.ent_type_ not in ("GPE", "NORP", "LOC"):
        return src
    doc = src.doc
    k = src.i + 1
    while k < len(doc) and doc[k].ent_iob_ == "I":
        k += 1  # the rest of the place's name
    last = None
    while k < len(doc) and doc[k].pos_ == "PROPN":
        if doc[k].ent_type_ == "PERSON":
            last = doc[k]
        k += 1
    return last if last is not None else src
