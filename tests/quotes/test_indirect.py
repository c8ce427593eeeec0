"""Indirect and mixed speech from the parse; 'according to'; organisations as speakers."""

from __future__ import annotations

from .helpers import Run


def test_said_that_clause(run: Run) -> None:
    quotes, _ = run(
        "Trade Minister Karl Weber said that exports had fallen for the fourth month in a row."
    )
    assert len(quotes) == 1
    q = quotes[0]
    assert q.kind == "indirect"
    assert q.text == "exports had fallen for the fourth month in a row"
    assert q.speaker == "Karl Weber"


def test_fronted_clause_with_cue_after(run: Run) -> None:
    quotes, _ = run(
        "The ceasefire is holding in most of the region, army spokesman Colonel Amir Haddad said."
    )
    assert quotes[0].kind == "indirect"
    assert quotes[0].text.startswith("The ceasefire is holding")
    assert quotes[0].speaker == "Amir Haddad"


def test_told_reporters_and_warned_that(run: Run) -> None:
    quotes, _ = run(
        "Health Minister Sara Olsen told reporters the hospitals were full. "
        "She warned that the winter would be worse."
    )
    texts = {q.text: q for q in quotes}
    assert "the hospitals were full" in texts
    assert texts["the hospitals were full"].cue == "told reporters"
    assert "the winter would be worse" in texts
    assert texts["the winter would be worse"].speaker == "Sara Olsen"


def test_stressed_the_need_to(run: Run) -> None:
    quotes, _ = run(
        "President Lena Horvat stressed the need to rebuild trust between the two governments."
    )
    assert quotes[0].text == "the need to rebuild trust between the two governments"
    assert quotes[0].speaker == "Lena Horvat"


def test_according_to(run: Run) -> None:
    quotes, _ = run("According to the health ministry, 40 people were injured in the blast.")
    assert len(quotes) == 1
    assert quotes[0].cue == "according to"
    assert quotes[0].text == "40 people were injured in the blast"


def test_mixed_quote_inside_reported_clause(run: Run) -> None:
    quotes, _ = run(
        'Senator Paul Grant said the plan was "dead on arrival" in its current form.'
    )
    assert len(quotes) == 1
    assert quotes[0].kind == "mixed"
    assert '"dead on arrival"' in quotes[0].text
    assert quotes[0].speaker == "Paul Grant"


def test_organisation_speaks_and_role_noun_resolves(run: Run) -> None:
    quotes, _ = run(
        "The Russian Foreign Ministry said the sanctions were illegal.\n\n"
        "Kremlin spokesman Dmitry Peskov called for calm.\n\n"
        '"Nobody wants an escalation," the spokesman said.'
    )
    by_text = {q.text: q for q in quotes}
    assert by_text["the sanctions were illegal"].speaker == "Russian Foreign Ministry"
    assert by_text["Nobody wants an escalation,"].speaker == "Dmitry Peskov"


def test_negated_and_non_speech_verbs_are_not_quotes(run: Run) -> None:
    quotes, _ = run(
        "The minister did not say whether taxes would rise. The company built a new factory."
    )
    assert quotes == []


def test_unknown_group_speaker_is_null(run: Run) -> None:
    quotes, _ = run("Officials said the road would stay closed until Friday.")
    assert len(quotes) == 1
    assert quotes[0].speaker is None
    assert quotes[0].speaker_mention == "Officials"


def test_document_speaks_for_its_author(run: Run) -> None:
    quotes, _ = run(
        "The Interior Ministry issued a statement on Monday. "
        "The statement said that the border would reopen on Friday."
    )
    assert quotes[0].speaker == "Interior Ministry"



def test_it_said_prefers_the_organisation(run: Run) -> None:
    quotes, _ = run(
        "The Armed Forces of the Philippines said a Chinese vessel rammed a supply boat near "
        "the shoal claimed by China. Two sailors suffered minor injuries, it said."
    )
    assert quotes[-1].speaker == "Armed Forces of the Philippines"


def test_fronted_statement_phrase_reads_as_cue_phrase(run: Run) -> None:
    """'In a statement, the ministry said' is cued 'said in a statement' (lower case, in
    reading order), the same phrase as 'the ministry said in a statement'."""
    quotes, _ = run("In a statement, the ministry said the talks on fishing rights had failed.")
    assert [(q.text, q.cue) for q in quotes] == [
        ("the talks on fishing rights had failed", "said in a statement")
    ]
