"""Who is a party and who is not: reporters, those represented, appositions, a state's own
forces, custody, and the doer of an act below a passive verb."""

from __future__ import annotations

from spacy.language import Language

from communique.actors import code_actors
from communique.events import code_events
from communique.events.participants import subject_of
from communique.records import Event


def _events(nlp: Language, text: str) -> list[Event]:
    doc = nlp(text)
    return code_events(doc, [], code_actors(doc), "2023-06-14")


def _one(nlp: Language, text: str, kind: str) -> Event:
    found = [e for e in _events(nlp, text) if e.type == kind]
    assert found, f"no {kind} in {text!r}"
    return found[0]


def _texts(refs: list) -> list[str]:
    return [a.text for a in refs]


def test_an_attributed_source_is_not_the_target(nlp: Language) -> None:
    text = (
        "Masked men attacked Ahmed Karimov outside his home and then, according to local "
        "officials, escaped."
    )
    event = _one(nlp, text, "ASSAULT")
    assert _texts(event.target) == ["Ahmed Karimov"]


def test_whom_the_doer_acts_for_is_not_the_target(nlp: Language) -> None:
    text = "The senator filed a lawsuit against Governor Pierce on behalf of the assembly."
    event = _one(nlp, text, "ACCUSE")
    assert _texts(event.target) == ["Governor Pierce"]


def test_the_sources_apposition_is_not_its_target(nlp: Language) -> None:
    text = "The region's police chief, Omar Haddad, announced there were three suspects in custody."
    event = _one(nlp, text, "COERCE")
    assert _texts(event.target) == ["three suspects"]


def test_a_named_armed_group_is_another_party_than_its_government(nlp: Language) -> None:
    event = _one(nlp, "The Ethiopian government signed a truce with Oromo forces.", "SUPPORT")
    assert _texts(event.target) == ["Oromo forces"]


def test_a_states_own_forces_are_not_its_target(nlp: Language) -> None:
    (event,) = _events(nlp, "Chile put its navy on alert.")
    assert event.type == "MOBILIZE" and event.target == []


def test_an_act_below_a_passive_verb_is_done_by_its_subject(nlp: Language) -> None:
    doc = nlp("A teacher from Ohio, Smith is accused of attacking two neighbours.")
    attacking = next(t for t in doc if t.lower_ == "attacking")
    subj, passive = subject_of(attacking)
    assert subj is not None and subj.lower_ in ("teacher", "smith") and not passive
    accused = next(t for t in doc if t.lower_ == "accused")
    assert subject_of(accused)[1]  # the accusation itself is still done to them


def test_a_spokespersons_body_makes_the_arrest(nlp: Language) -> None:
    text = (
        "Maria Lopes, a spokeswoman for the Brazilian Federal Police, said three men had been "
        "detained."
    )
    event = _one(nlp, text, "COERCE")
    assert _texts(event.source) == ["the Brazilian Federal Police"]
    assert {a.sector for a in event.source} == {"COP"}
