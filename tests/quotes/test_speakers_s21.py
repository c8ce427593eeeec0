"""A military rank before a name is not the person's role when an apposition names the post.

'Brigadier General Osman Taha, spokesman for the army delegation' is the army spokesman: a later
'the army spokesman said' must find him, which it cannot if his role reads 'Brigadier General'.
The rank stays in the role, the post is added after it. Sentences written for Communique.
"""

from __future__ import annotations

from .helpers import Run
from .helpers import speaker_of as _speaker_of


def test_a_rank_before_the_name_keeps_the_apposed_post(run: Run) -> None:
    text = (
        "Brigadier General Samir Haddad, spokesman for the army delegation, spoke to reporters "
        "in the capital on Monday. The army spokesman said the troops had left the border town."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "troops had left the border town") == "Samir Haddad"


def test_a_civil_title_before_the_name_still_reads_as_the_role(run: Run) -> None:
    text = (
        "Foreign Minister Laila Nasser, who arrived on Sunday, met her counterpart. "
        "The foreign minister said the two sides had agreed to reopen the embassies."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "agreed to reopen the embassies") == "Laila Nasser"
