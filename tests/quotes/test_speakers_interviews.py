"""Interview transcripts: answers belong to the interviewee the introduction names.

Users read an interview as the interviewee's words: a 'Q:'/'A:' transcript or one whose bold
questions lost their formatting in plain text. A person named in the introduction as the
interviewer, or inside a question, never takes the answers; a report that merely asks a
rhetorical question is no interview. Articles written for Communique.
"""

from __future__ import annotations

from .helpers import Run
from .helpers import speaker_of as _speaker_of


def test_answers_go_to_the_interviewee_not_the_interviewer(run: Run) -> None:
    text = (
        "In an interview with John Hale of the Daily Ledger, Foreign Minister Ana Ruiz spoke "
        "about the border talks.\n\n"
        "Q: Secretary Lutnick says the tariffs will stay. Will you respond?\n\n"
        "A: We will respond calmly and in proportion.\n\n"
        "Q: What about the election?\n\n"
        "A: I expect a high turnout."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "respond calmly") == "Ana Ruiz"
    assert _speaker_of(quotes, "high turnout") == "Ana Ruiz"


def test_unlabelled_questions_and_answers_are_an_interview(run: Run) -> None:
    text = (
        "Foreign Minister Ana Ruiz sat down with us this week to discuss the border talks.\n\n"
        "What did Secretary Lutnick tell you about the tariffs?\n\n"
        "He told me they would stay for now, but I believe we can reach a deal by spring.\n\n"
        "Will you go to Geneva for the next round?\n\n"
        "Yes, the talks resume in March and I will lead our delegation."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "reach a deal by spring") == "Ana Ruiz"
    assert _speaker_of(quotes, "I will lead our delegation") == "Ana Ruiz"
    assert not any("Lutnick" in q.text for q in quotes)


def test_rhetorical_questions_in_a_report_are_no_interview(run: Run) -> None:
    text = (
        "The council met on Monday to discuss the budget.\n\n"
        "Who will pay for the new bridge?\n\n"
        "The mayor has promised to find the money before the summer.\n\n"
        "And what of the school repairs?\n\n"
        "The repairs have been postponed until next year."
    )
    quotes, _ = run(text)
    assert not any("postponed" in q.text for q in quotes)


def test_answers_after_a_question_that_reports_others_are_the_interviewees(run: Run) -> None:
    # the question's own 'Many people say ...' is the interviewer's, not the last speaker
    text = (
        "Maria Santos has run the port authority for a decade. She sat down with us in "
        "Lisbon.\n\n"
        "Q: Many people say the port is too small. Are they right?\n\n"
        '"No. We handled more containers this year than ever before."\n\n'
        '"What worries me more is the rail link."'
    )
    quotes, _ = run(text)
    answers = [q for q in quotes if q.kind == "direct"]
    assert [q.speaker for q in answers] == ["Maria Santos", "Maria Santos"]


def test_quoted_answers_to_bare_questions_are_the_interviewees(run: Run) -> None:
    # the interviewer is named last before the first answer; another speaker comes between
    # two questions; each answer in quotation marks is still the interviewee's
    text = (
        "Lena Brandt has spent her year as the UN's aid chief asking governments for money. "
        "Officials say the appeal will be the smallest in a decade.\n\n"
        "She spoke to our Geneva correspondent Omar Haddad between meetings with donors.\n\n"
        "How bad is the funding situation?\n\n"
        '"It is the worst I have seen."\n\n'
        '"We have had to cut the plan again and again."\n\n'
        "The finance ministry of Norway said in a written reply that it had kept its pledge."
        "\n\n"
        "Is the UN system itself part of the problem?\n\n"
        '"Yes, partly. We are merging functions and cutting layers."'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "worst I have seen") == "Lena Brandt"
    assert _speaker_of(quotes, "again and again") == "Lena Brandt"
    assert _speaker_of(quotes, "merging functions") == "Lena Brandt"


def test_capitals_dateline_is_no_transcript_label(run: Run) -> None:
    # a Q&A write-up opening 'ISLAMABAD: ...': the dateline is no speaker label, so the lede
    # is the minister's reported speech, not a quotation by 'ISLAMABAD'
    text = (
        "ISLAMABAD: Foreign Minister Ishaq Dar says Pakistan is ready to reopen its border "
        "crossings as soon as Kabul gives \"verifiable guarantees\" on militants.\n\n"
        "In an interview with Dawn on Friday, Mr Dar also defended the outreach to Washington."
        "\n\n"
        "Q: When will the crossings reopen?\n\n"
        "\"I understand the pain of our traders. But trade cannot flourish while our soldiers "
        "are being killed.\"\n\n"
        "Q: What does concrete action mean?\n\n"
        "\"Statements are not enough. We need verifiable steps.\""
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "ready to reopen") == "Ishaq Dar"
    assert all(q.speaker != "ISLAMABAD" for q in quotes)
