"""Who is source and who is target when the clause also names an addressee, a destination, a
forum, an act's doer or a list of countries: the party a user would code, not the nearest
name."""

from __future__ import annotations

from spacy.language import Language

from communique.actors import code_actors
from communique.events import code_events
from communique.records import Event


def _events(nlp: Language, text: str) -> list[Event]:
    doc = nlp(text)
    return code_events(doc, [], code_actors(doc), "2024-03-02")


def _by_trigger(events: list[Event], *words: str) -> Event:
    """The event whose trigger contains one of ``words`` (the verb or its noun)."""
    found = [e for e in events if e.trigger and any(w in e.trigger for w in words)]
    assert found, f"no event on {words!r} in {[(e.type, e.trigger) for e in events]}"
    return found[0]


def _countries(actors: list) -> set[str | None]:
    return {a.country for a in actors}


def test_the_object_of_want_does_the_act_wanted(nlp: Language) -> None:
    """'Norway wants Moscow to stop harassing Finland': Moscow harasses, not Norway."""
    text = "Norway's prime minister wants Moscow to stop harassing Finland."
    event = _by_trigger(_events(nlp, text), "harass")
    assert _countries(event.source) == {"RUS"}


def test_telling_someone_to_act_is_a_request_to_them(nlp: Language) -> None:
    """'Norway told Moscow to stop ...' asks Moscow, as 'urged' and 'asked' do."""
    text = "Norway's prime minister told Moscow to stop harassing Finland."
    event = _by_trigger(_events(nlp, text), "told", "tell")
    assert event.type == "REQUEST"
    assert _countries(event.source) == {"NOR"}
    assert _countries(event.target) == {"RUS"}


def test_own_people_ordered_to_act_leave_the_act_to_the_orderer(nlp: Language) -> None:
    text = "The president of Chile ordered his ministers to suspend aid to Peru."
    event = _by_trigger(_events(nlp, text), "suspend")
    assert _countries(event.source) == {"CHL"}


def test_the_destination_of_an_extradition_is_the_target(nlp: Language) -> None:
    event = _by_trigger(_events(nlp, "Spain extradited the banker to Brazil."), "extradit")
    assert _countries(event.source) == {"ESP"}
    assert _countries(event.target) == {"BRA"}


def test_nationals_removed_stay_the_target(nlp: Language) -> None:
    """Deporting nationals of a country is done to them, wherever they are sent."""
    text = "Malaysia deported 150 Indonesians to Singapore last week."
    event = _by_trigger(_events(nlp, text), "deport")
    assert _countries(event.target) == {"IDN"}


def test_a_forum_gives_way_to_the_party_complained_of(nlp: Language) -> None:
    text = "Canada lodged a complaint at the WTO over India's tariffs on steel."
    event = _by_trigger(_events(nlp, text), "lodge", "complaint")
    assert _countries(event.target) == {"IND"}


def test_a_forum_alone_is_still_the_target(nlp: Language) -> None:
    event = _by_trigger(_events(nlp, "Brazil vetoed the proposal at the WTO."), "veto")
    assert {a.sector for a in event.target} == {"IGO"}


def test_the_body_an_attack_is_blamed_on_is_its_source(nlp: Language) -> None:
    text = "A bomb attack blamed on the Islamic State killed nine soldiers in Niger."
    event = _by_trigger(_events(nlp, text), "kill", "attack")
    assert any("Islamic State" in a.text for a in event.source)


def test_a_listed_trio_of_countries_leaving_a_body_are_all_sources(nlp: Language) -> None:
    text = "Chad, Sudan and Libya announced their withdrawal from the African Union."
    event = _by_trigger(_events(nlp, text), "withdrawal")
    assert _countries(event.source) == {"TCD", "SDN", "LBY"}
    assert {a.sector for a in event.target} == {"IGO"}


def test_people_seized_at_a_place_are_the_target_placed_there(nlp: Language) -> None:
    """'abducted 12 pilgrims at a shrine in Iraq': the pilgrims, Iraqi, not the shrine."""
    text = "Gunmen abducted 12 pilgrims at a shrine in Basra, Iraq."
    event = _by_trigger(_events(nlp, text), "abduct")
    assert [a.text for a in event.target] == ["12 pilgrims"]
    assert _countries(event.target) == {"IRQ"}


def test_unnamed_armed_men_belong_to_the_country_of_the_sentence(nlp: Language) -> None:
    event = _by_trigger(
        _events(nlp, "Gang members attacked a bus near Kingston, Jamaica."), "attack"
    )
    assert {(a.country, a.sector) for a in event.source} == {("JAM", "UAF")}


def test_reinforcements_of_a_body_take_its_sector(nlp: Language) -> None:
    text = "Police reinforcements were sent to Lima after the riots in Peru."
    doc = nlp(text)
    sectors = {a.sector for a in code_actors(doc) if a.text.lower().startswith("police")}
    assert sectors == {"COP"}


def test_a_role_word_owning_the_object_is_the_counterpart(nlp: Language) -> None:
    """'accepted an opposition demand': the opposition, of the sentence's country, not a
    name inside the subject's own phrase."""
    text = "Zambia's ruling Patriotic Front party accepted an opposition demand for a recount."
    event = _by_trigger(_events(nlp, text), "accept")
    assert {(a.country, a.sector) for a in event.target} == {("ZMB", "OPP")}


def test_their_after_listed_demonyms_is_every_country(nlp: Language) -> None:
    text = "French, German and Italian jets held their first joint exercise on Monday."
    event = _by_trigger(_events(nlp, text), "exercise", "held")
    assert {"FRA", "DEU", "ITA"} <= _countries(event.source)


def test_the_object_of_a_command_is_coerced_not_the_doer(nlp: Language) -> None:
    """'Russia ordered the BBC to close its bureau': Russia acts on the BBC."""
    events = _events(nlp, "Russia ordered the BBC to shut its bureau in Moscow.")
    assert events
    assert all(_countries(e.source) == {"RUS"} for e in events)
    assert any(_countries(e.target) == {"GBR"} for e in events)


def test_unnamed_people_acted_on_take_the_one_country_named(nlp: Language) -> None:
    text = "A court in Minsk sentenced a poet to five years in prison."
    event = _by_trigger(_events(nlp, text), "sentence")
    assert {(a.country, a.sector) for a in event.target} == {("BLR", "CVL")}


def test_people_are_not_placed_when_another_party_is_named(nlp: Language) -> None:
    """The reservists are Egypt's own; the counterpart is the other country named."""
    text = "Egypt called up 50,000 reservists after the Libyan incursion."
    events = _events(nlp, text)
    assert all("EGY" not in _countries(e.target) for e in events if "EGY" in _countries(e.source))


def test_a_court_a_case_is_brought_before_is_the_forum(nlp: Language) -> None:
    text = "Gambia brought a case before the ICJ over Myanmar's treatment of the Rohingya."
    event = _by_trigger(_events(nlp, text), "brought", "case")
    assert _countries(event.target) == {"MMR"}


def test_a_complaint_with_a_body_targets_the_party_complained_of(nlp: Language) -> None:
    text = "Australia lodged a complaint with the WTO about China's wine tariffs."
    event = _by_trigger(_events(nlp, text), "lodge", "complaint")
    assert _countries(event.target) == {"CHN"}


def test_talks_with_a_body_keep_the_body_as_counterpart(nlp: Language) -> None:
    text = "Georgia held talks with NATO about Russia's troops."
    event = _by_trigger(_events(nlp, text), "talks", "held")
    assert {a.sector for a in event.target} == {"IGO"}


def test_bandits_are_armed_men_of_the_country_named(nlp: Language) -> None:
    text = "Bandits abducted 15 farmers near Zamfara, Nigeria."
    event = _by_trigger(_events(nlp, text), "abduct")
    assert {(a.country, a.sector) for a in event.source} == {("NGA", "UAF")}


def test_a_flag_or_base_hyphened_to_the_object_gives_its_country(nlp: Language) -> None:
    text = "Egypt seized a Dutch-flagged ship on Friday."
    event = _by_trigger(_events(nlp, text), "seize")
    assert _countries(event.target) == {"NLD"}


def test_the_doer_of_an_act_noun_is_in_its_blamed_on_phrase(nlp: Language) -> None:
    text = "The ambush, blamed on Boko Haram, left 15 soldiers dead in Chad."
    event = _by_trigger(_events(nlp, text), "ambush")
    assert any("Boko Haram" in a.text for a in event.source)


def test_a_day_owning_an_attack_is_not_its_doer(nlp: Language) -> None:
    text = "Friday's attack on the convoy was claimed by al-Shabaab."
    event = _by_trigger(_events(nlp, text), "attack")
    assert any("al-Shabaab" in a.text for a in event.source)
