"""``find_word``: a whole-word search that stands in for a pattern compiled per name.

The readers ask where a person's full name first stands ('Ana Ruiz', not inside 'Ana
Ruizova') and whether a name's word is written in a clause ('Ley, she said'); a hyphen can
count as part of a word ('Le-Ley' is no 'Ley')."""

from __future__ import annotations

from communique.quotes.people import find_word


def test_a_whole_word_is_found_where_it_first_stands() -> None:
    assert find_word("Ana Ruizova met Ana Ruiz.", "Ana Ruiz") == 16
    assert find_word("Ana Ruiz, 40, said", "Ana Ruiz") == 0


def test_a_word_inside_a_longer_one_is_not_found() -> None:
    assert find_word("Ana Ruizova said", "Ana Ruiz") == -1
    assert find_word("MacAna Ruiz said", "Ana Ruiz") == -1
    assert find_word("", "Ruiz") == -1
    assert find_word("Ruiz", "") == -1


def test_extra_word_characters_bound_the_word() -> None:
    assert find_word("Le-Ley, she said", "Ley") == 3
    assert find_word("Le-Ley, she said", "Ley", also="-") == -1
    assert find_word("Le-Ley and Ley", "Ley", also="-") == 11
