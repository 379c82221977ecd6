"""Engine 2026.6, verbal cues: classes of error fixed in this round (sentences written for the project).

Each class has positive cases (what the engine must find) and negative cases (what it must
leave alone).
"""

from __future__ import annotations

import pytest

from .helpers import attributions, pairs


def reasons(text: str) -> list[str]:
    return [a["reason"] for a in attributions(text)]

# -- A question put to the speaker: 'Asked whether ..., X said', '..., X said when asked about ...'.


@pytest.mark.parametrize("text, expected", [
    ("Asked whether the bridge would reopen, Lena Farr said she did not know.",
     [(None, "Asked"), ("Lena Farr", "said")]),
    ("Asked about the delay, the mayor said the contractor was to blame.",
     [(None, "Asked about"), ("the mayor", "said")]),
    ("“Not this year,” Omar Tell said when asked if the plant would hire.",
     [("Omar Tell", "said"), (None, "asked")]),
    ("Asked by a reporter why she left, Jane Roe shrugged.", [("a reporter", "Asked")]),
])
def test_question_put_to_the_speaker(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Asked not to be named, the clerk described the vault.",
    "The engineer asked for a second survey of the dam.",
    "She was asked to leave the hall.",
])
def test_asked_as_a_plain_request_or_a_condition_is_no_question_cue(text):
    assert not any(r.startswith("QUESTION") for r in reasons(text))


# -- An aim with an infinitive: 'sought to', 'seeks to'.

@pytest.mark.parametrize("text, expected", [
    ("The governor sought to reopen the ferry line after the flood.", [("The governor", "sought")]),
    ("Acme Corp has sought to settle the lawsuit.", [("Acme Corp", "has sought")]),
    ("The council seeks to limit truck traffic downtown.", [("The council", "seeks")]),
])
def test_aim_with_an_infinitive(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Jane Roe sought the nomination in 2010.",
    "The agency seeks applicants with a forestry degree.",
])
def test_aim_without_an_infinitive_is_no_cue(text):
    assert pairs(text) == []


# -- The cue takes in the attitude noun of 'expressed concern' and the 'about' of 'bragged about'.

@pytest.mark.parametrize("text, expected", [
    ("Mayor Lena Farr expressed concern that the levee would fail.", [("Mayor Lena Farr", "expressed concern")]),
    ("The union expressed doubts that the pension plan would last.", [("The union", "expressed doubts")]),
    ("Omar Tell bragged about the plant's record year.", [("Omar Tell", "bragged about")]),
])
def test_cue_takes_its_completing_word(text, expected):
    assert pairs(text) == expected


def test_expressed_with_another_object_keeps_the_bare_verb():
    assert pairs("The union expressed its view that the plan was unfair.") == [("The union", "expressed")]


# -- What a poll, a study or the records show or found, whatever follows the verb.

@pytest.mark.parametrize("text, expected", [
    ("A county poll found Jane Roe trailing by nine points.", [("A county poll", "found")]),
    ("The survey shows a narrow lead for the levy.", [("The survey", "shows")]),
    ("A study by the Acme Institute found 40 percent fewer crashes.", [("A study by the Acme Institute", "found")]),
])
def test_evidence_subject_with_any_object(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The hikers found the trail washed out.",
    "Jane Roe found her keys under the mat.",
    "The gallery shows paintings by local artists.",
])
def test_show_and_find_with_another_subject_need_a_clause(text):
    assert pairs(text) == []


# -- A time phrase before a pronoun subject, without a comma.

@pytest.mark.parametrize("text, expected", [
    ("Although in May he said the ferry was safe, he now calls it a risk.",
     [("he", "said"), ("he", "now calls")]),
    ("At the hearing on Tuesday he said the dam was safe.", [("he", "said")]),
])
def test_time_phrase_before_a_pronoun_subject(text, expected):
    assert pairs(text) == expected


def test_a_plain_noun_before_a_pronoun_still_blocks_the_subject():
    assert pairs("The dog she said was lost came home.") == []


# -- A discourse adverb between subject and verb, without commas.

@pytest.mark.parametrize("text, expected", [
    ("Omar Tell however said the plant would stay open.", [("Omar Tell", "said")]),
    ("The mayor meanwhile told reporters the bridge was safe.", [("The mayor", "told")]),
])
def test_discourse_adverb_between_subject_and_verb(text, expected):
    assert pairs(text) == expected


# -- 'X, citing Y, said': the insertion does not swallow the main cue.

def test_citing_insertion_keeps_the_main_cue():
    text = "Jane Roe, citing figures from the county auditor, said the fund was short."
    assert ("Jane Roe", "said") in pairs(text)


def test_cue_inside_cited_content_is_still_nested():
    text = "The mayor said, citing the county auditor, that the fund was short and she said nothing."
    assert pairs(text).count(("she", "said")) == 0


# -- 'would like to': a wish stated by the subject.

@pytest.mark.parametrize("text, expected", [
    ("The council would like to see the depot moved.", [("The council", "would like")]),
    ("Jane Roe would also like to cut the fee.", [("Jane Roe", "would also like")]),
])
def test_would_like_to(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "It looks like rain over the harbor.",
    "The senator would like nothing better.",
    "Voters like the new mayor.",
])
def test_like_without_would_and_to_is_no_cue(text):
    assert pairs(text) == []


# -- 'wants' + a noun phrase: the subject's stated demand.

@pytest.mark.parametrize("text, expected", [
    ("Jane Roe wants a recount in the third ward.", [("Jane Roe", "wants")]),
    ("The union wants more money for the night shift.", [("The union", "wants")]),
])
def test_wants_with_a_noun_phrase(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", ["Voters want lower rents.", "Nobody wanted the old ferry."])
def test_other_forms_of_want_still_need_a_clause(text):
    assert pairs(text) == []


# -- Verbs of spoken stance with a bare object: 'defended the plan', 'blasted the ruling'.

@pytest.mark.parametrize("text, expected", [
    ("Jane Roe defended the levy on Tuesday.", [("Jane Roe", "defended")]),
    ("The union blasted the ruling.", [("The union", "blasted")]),
    ("Critics slammed the new toll.", [("Critics", "slammed")]),
    ("The council accused the contractor.", [("The council", "accused")]),
])
def test_spoken_stance_with_a_bare_object(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The clerk rejected the parcel.",
    "The captain thanked the crew and left.",
    "The firm dismissed two drivers.",
])
def test_other_stance_verbs_with_a_bare_object_stay_no_cue(text):
    assert pairs(text) == []


# -- 'emailed', 'texted': past forms of writing verbs whose other forms are nouns.

@pytest.mark.parametrize("text, expected", [
    ("A spokeswoman for Acme Corp emailed that the plant would reopen.", [("A spokeswoman for Acme Corp", "emailed")]),
    ("Omar Tell texted that he was running late.", [("Omar Tell", "texted")]),
])
def test_emailed_and_texted(text, expected):
    assert pairs(text) == expected


def test_other_forms_of_email_and_text_are_no_cue():
    assert pairs("The hotel texts guests a code, and the emails arrive later.") == []


# -- A participle after a dash belongs to the main clause subject, as after a comma.

def test_participle_after_a_dash():
    text = "The mayor changed course — saying the bridge would stay open."
    assert pairs(text) == [("The mayor", "saying")]


def test_gerund_as_a_noun_after_a_dash_needs_a_subject():
    assert pairs("— saying goodbye to the old pier.") == []


# -- An adverb right after the verb that says when or how it was said belongs to the cue.

@pytest.mark.parametrize("text, expected", [
    ("Jane Roe said then that the dam was safe.", [("Jane Roe", "said then")]),
    ("The mayor has said repeatedly that taxes will not rise.", [("The mayor", "has said repeatedly")]),
])
def test_adverb_after_the_verb(text, expected):
    assert pairs(text) == expected


def test_other_words_after_the_verb_stay_out_of_the_cue():
    assert pairs("Jane Roe said the dam was safe.") == [("Jane Roe", "said")]


def test_earlier_after_the_verb_stays_out_of_the_cue():
    assert pairs("Acme Corp announced earlier that the plant would close.") == [("Acme Corp", "announced")]


def test_a_weekday_after_the_verb_stays_in_the_cue():
    assert pairs("Acme Corp announced Tuesday that the plant would close.") == [("Acme Corp", "announced Tuesday")]


# -- 'calls for' + any object: the particle makes 'calls' a verb.

@pytest.mark.parametrize("text, expected", [
    ("Jane Roe calls for a second ferry on the north route.", [("Jane Roe", "calls for")]),
    ("The plan calls for two ferries on each route.", [("The plan", "calls for")]),
    ("Jane Roe talks about toll roads at every stop.", [("Jane Roe", "talks about")]),
])
def test_calls_for_any_object(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", ["Amid calls for reform, the board met.", "Those calls for a new bus line grew louder.",
                                  "The talks about water rights stalled."])
def test_calls_for_as_a_noun_is_no_cue(text):  # and 'the talks about ...' likewise
    assert pairs(text) == []


# -- 'new shipping records show': an evidence subject the general chunker refuses (its head is a verb form).

@pytest.mark.parametrize("text, expected", [
    ("Most of the cargo arrived in March, new shipping records show.", [("new shipping records", "show")]),
    ("County court records show that the lease was signed.", [("County court records", "show")]),
])
def test_evidence_subject_fallback(text, expected):
    assert pairs(text) == expected


def test_evidence_fallback_needs_the_whole_subject():
    # The subject is 'a review of recently filed records'; a cut-off fallback would be wrong.
    assert ("filed records", "shows") not in pairs("A review of recently filed records shows a surge.")


# -- A cue far past an earlier one, beyond a comma, is a clause of its own, not nested in the earlier content.

def test_far_cue_beyond_a_comma_is_not_nested():
    text = ("Roe said the ferry would run all winter unless the harbor froze over again this year, "
            "then the county engineer said it might stop in January.")
    assert pairs(text) == [("Roe", "said"), ("the county engineer", "said")]


@pytest.mark.parametrize("text", [
    "Roe said that the ferry would run all winter unless the harbor froze over again this year, then Doe said it might stop.",
    "Roe said the ferry would run, then Doe said it might stop.",
])
def test_near_or_that_clause_cue_stays_nested(text):
    assert pairs(text) == [("Roe", "said")]


# -- 'plans to' + infinitive, with a named or known planner.

@pytest.mark.parametrize("text, expected", [
    ("Acme Corp plans to close the plant by June.", [("Acme Corp", "plans")]),
    ("She plans to vote for the levy.", [("She", "plans")]),
])
def test_plans_to_with_a_named_planner(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The city's plans to widen the road were shelved.",
    "The county plans a new road.",
])
def test_plans_as_a_noun_or_without_an_infinitive_is_no_cue(text):
    assert pairs(text) == []


def test_sentence_final_report_with_a_time_adjunct_keeps_its_source():
    text = "Acme plans to close its Elmwood plant, the Harbor Valley Courier reported on Thursday."
    assert pairs(text) == [("Acme", "plans"), ("the Harbor Valley Courier", "reported")]
