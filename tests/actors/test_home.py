"""Home-country inference: actors named without a country take the story's, as a coder reads."""

from __future__ import annotations

from spacy.language import Language

from communique.actors import code_actors
from communique.records import Actor


def _find(actors: list[Actor], name: str) -> Actor:
    for a in actors:
        if a.name == name:
            return a
    raise AssertionError(f"no actor {name!r} in {[a.name for a in actors]}")


def test_untitled_person_takes_the_single_country_of_the_story(nlp: Language) -> None:
    text = (
        "Chile's government announced new pension rules on Monday. "
        "Maria Gonzalez, who led the campaign against the old rules, welcomed the plan."
    )
    assert _find(code_actors(nlp(text)), "Maria Gonzalez").country == "CHL"


def test_untitled_person_gets_no_country_when_the_story_has_two(nlp: Language) -> None:
    text = "Peru and Chile held talks in Lima and Santiago. Maria Gonzalez welcomed the plan."
    assert _find(code_actors(nlp(text)), "Maria Gonzalez").country is None


def test_a_known_office_holder_places_the_story(nlp: Language) -> None:
    """A person the people table knows is evidence of the story's country, like a place."""
    actors = code_actors(nlp("Erdogan thanked Demir for his support."))
    demir = [a for a in actors if a.name == "Demir"]
    assert demir and demir[0].country == "TUR"


def test_a_title_used_as_a_name_takes_the_country_before_it(nlp: Language) -> None:
    actors = code_actors(nlp("After a call from the Danish prime minister, the Queen spoke."))
    queen = [a for a in actors if a.text == "Queen"]
    assert all(a.country == "DNK" for a in queen)


def test_a_thing_ner_took_for_a_person_gets_no_country(nlp: Language) -> None:
    """'the Bosporus' (a determiner) or 'Patriot systems' (a modifier) is not someone."""
    actors = code_actors(nlp("Turkey said it would close the Bosporus to warships."))
    assert all(a.country is None for a in actors if a.name == "Bosporus")


def test_suspects_are_civilians_of_the_place_named_with_them(nlp: Language) -> None:
    actors = code_actors(nlp("A suspect in Ohio was charged with arson."))
    assert ("USA", "CVL") in {(a.country, a.sector) for a in actors}


def test_a_group_takes_the_country_of_a_known_person_near_it(nlp: Language) -> None:
    """'the lawmakers' writing to Mark Carney are Canada's, not the country of the deal."""
    text = "The lawmakers wrote to Prime Minister Mark Carney about a Mexican trade deal."
    actors = code_actors(nlp(text))
    lawmakers = [a for a in actors if a.text.endswith("lawmakers")]
    assert lawmakers and lawmakers[0].country == "CAN", [(a.text, a.country) for a in actors]


def test_a_party_label_places_a_group_near_it(nlp: Language) -> None:
    """'Republican lawmakers ... the administration's sanctions on Iran': the administration
    is the one the party label names (USA), not the sanctioned country."""
    text = "Republican lawmakers praised the administration's sanctions on Iran's oil exports."
    actors = code_actors(nlp(text))
    admin = [a for a in actors if a.text.endswith("administration")]
    assert admin and admin[0].country == "USA", [(a.text, a.country) for a in actors]


def test_a_country_named_as_an_embassys_owner_is_not_where_the_story_is(nlp: Language) -> None:
    doc = nlp("Police dispersed a crowd outside the embassy of Japan in Manila.")
    police = [a for a in code_actors(doc) if a.text.lower() == "police"]
    assert police and police[0].country == "PHL"


def test_a_country_only_talked_about_does_not_place_a_group(nlp: Language) -> None:
    """'met to discuss Venezuela' says what about, not whose; the place named places them."""
    doc = nlp("The envoys met to discuss Venezuela at a hotel in Geneva.")
    envoys = [a for a in code_actors(doc) if a.text.lower().endswith("envoys")]
    assert envoys and envoys[0].country == "CHE"


def test_a_group_is_not_placed_by_whom_it_acts_on(nlp: Language) -> None:
    """The country of the object of a group's verb says whom it acts on, not whose it is: the
    group takes the story's country instead."""
    text = (
        "Canada's parliament met in Ottawa on Monday to debate the budget. "
        "During the debate, the senator lauded the French government for its pension reform."
    )
    assert _find(code_actors(nlp(text)), "senator").country == "CAN"


def test_a_phrase_that_places_the_act_still_places_the_group(nlp: Language) -> None:
    text = "In Niger, the junta expelled the French ambassador."
    assert _find(code_actors(nlp(text)), "junta").country == "NER"


def test_a_group_acted_on_by_a_passive_agent_is_not_given_the_agent_country(
    nlp: Language,
) -> None:
    text = (
        "Kenya's cabinet approved the plan in Nairobi on Friday. "
        "The ministry was criticised by Ugandan officials on Saturday."
    )
    assert _find(code_actors(nlp(text)), "ministry").country == "KEN"


def test_a_titled_name_takes_the_country_of_its_office_after_it(nlp: Language) -> None:
    """'X of the Slovak Republic' says whose office X holds, even when the story is mostly
    about another country."""
    text = (
        "France hosted the summit in Paris. French officials said France and the French "
        "presidency would lead the talks. Prime Minister Karel Novak of the Czech Republic "
        "arrived late, and France welcomed him."
    )
    assert _find(code_actors(nlp(text)), "Karel Novak").country == "CZE"


def test_a_body_no_table_knows_takes_the_story_country(nlp: Language) -> None:
    """A named company or association the tables do not list is still a party: a coder gives
    it the country of the story it is named in."""
    text = (
        "Brazil's government opened an inquiry in Brasilia on Monday. "
        "Officials said Vantora Logistics had refused to cooperate with the inquiry."
    )
    assert _find(code_actors(nlp(text)), "Vantora Logistics").country == "BRA"


def test_a_body_owned_by_a_country_takes_that_country(nlp: Language) -> None:
    text = (
        "Officials in Helsinki said on Friday that Latvia's Constitution Protection Bureau "
        "had shared intelligence with them."
    )
    actors = code_actors(nlp(text))
    assert [a.country for a in actors if "Constitution Protection Bureau" in a.name] == ["LVA"]


def test_a_person_named_with_an_age_takes_the_story_country(nlp: Language) -> None:
    text = "Police in Lagos said 34-year-old Chidi Okafor attacked two guards at the port."
    assert _find(code_actors(nlp(text)), "Chidi Okafor").country == "NGA"


def test_a_church_body_takes_the_story_country(nlp: Language) -> None:
    text = "Chilean bishops met in Santiago. The diocese protested against the new mine."
    actors = code_actors(nlp(text))
    assert [a.country for a in actors if a.name == "diocese"] == ["CHL"]


def test_an_unknown_body_that_acts_through_what_it_owns_is_an_actor(nlp: Language) -> None:
    text = (
        "Kenyan regulators met in Nairobi on Monday. "
        "Kilimo Growers Association's letter accused the ministry of delays."
    )
    actors = code_actors(nlp(text))
    assert [a.country for a in actors if "Kilimo Growers Association" in a.name] == ["KEN"]


def test_a_county_that_acts_is_its_local_government(nlp: Language) -> None:
    text = "Marlow County in Oregon ordered some residents to leave their homes on Sunday."
    actors = code_actors(nlp(text))
    assert [(a.country, a.sector) for a in actors if a.name == "Marlow County"] == [("USA", "GOV")]
