"""A body whose name opens with adjectives ('Electoral Monitoring Mission') stays one body
after a role ('head of ...'): the words after the adjective are no person's name."""

from __future__ import annotations

from .helpers import Run


def test_adjective_opened_body_after_a_role_is_not_split_into_a_person(run: Run) -> None:
    quotes, speakers = run(
        "The head of Electoral Monitoring Mission said that the count had been orderly."
    )
    assert [q.text for q in quotes] == ["the count had been orderly"]
    assert quotes[0].speaker != "Monitoring Mission"
    assert all(s.name != "Monitoring Mission" for s in speakers)


def test_person_after_a_body_and_a_role_is_still_found(run: Run) -> None:
    quotes, _ = run("The director of the FBI Christopher Wray said that the case was closed.")
    assert [q.text for q in quotes] == ["the case was closed"]
    assert quotes[0].speaker == "Christopher Wray"
