"""Engine 2026.5: classes of error fixed in this round (sentences written for the project).

Each class has positive cases (what the engine must find) and negative cases (what it must
leave alone).
"""

from __future__ import annotations

import pytest

from .helpers import pairs, segments


def kinds(text: str) -> list[str]:
    return [s["kind"] for s in segments(text)]


# -- A story line that mentions a newsletter is story, not page furniture.

def test_newsletter_in_a_story_is_a_claim():
    text = "“Rents will rise again,” said Ivo Marsh, who runs a housing newsletter."
    assert kinds(text) == ["claim"]
    assert pairs(text) == [("Ivo Marsh, who runs a housing newsletter", "said")]


@pytest.mark.parametrize("line", ["Sign up for our morning newsletter.", "Get the newsletter: the week's best reads.",
                                  "Join 40,000 readers who get our daily newsletter."])
def test_newsletter_prompt_is_boilerplate(line):
    assert kinds(line) == ["boilerplate"]


# -- Inverted verbs that otherwise need a clause after them ('added', 'explained' ...).

@pytest.mark.parametrize("text, expected", [
    ("“The ferry will run all winter,” added Delgado.", [("Delgado", "added")]),
    ("The ferry will run all winter, added the harbor master.", [("the harbor master", "added")]),
])
def test_inverted_clausal_verb(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", ["She added the figures twice.", "Then he added salt to the soup."])
def test_added_with_an_object_is_no_cue(text):
    assert pairs(text) == []


# -- An opening curly quotation mark typed where the closing one belongs.

def test_mistyped_closing_quote_ends_the_quotation():
    text = "“The levee held,“ said Nora Quist, the county engineer."
    assert pairs(text) == [("Nora Quist, the county engineer", "said")]


def test_opening_quote_after_a_space_still_opens():
    text = "Nora Quist said “the levee held, “ and walked off."
    assert pairs(text) == [("Nora Quist", "said")]


# -- Poll shares ('one in five') and participle post-modifiers as subjects.

@pytest.mark.parametrize("text, expected", [
    ("One in five said they would skip the vote.", [("One in five", "said")]),
    ("About two in three say the roads are worse.", [("About two in three", "say")]),
    ("Officials briefed on the talks said a deal was near.", [("Officials briefed on the talks", "said")]),
])
def test_quantity_and_participle_subjects(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", ["Roe released on Monday a list of donors.",
                                  "Five in a row is a club record."])
def test_name_before_participle_is_not_a_modified_subject(text):
    assert pairs(text) == []


# -- Verbs whose final consonant doubles ('referring', 'slammed') are found in every form.

@pytest.mark.parametrize("text, expected", [
    ("The mayor was referring to the bridge tolls.", [("The mayor", "was referring to")]),
    ("Councilor Pham slammed the budget as reckless.", [("Councilor Pham", "slammed")]),
    ("The treasurer said the fund was short, referring to the pension gap.",
     [("The treasurer", "said"), ("The treasurer", "referring to")]),
])
def test_doubled_consonant_forms(text, expected):
    assert pairs(text) == expected


def test_referring_without_its_particle_is_no_cue():
    assert pairs("The referring physician was not named.") == []


# -- 'refused to ...': the subject's stance, attributed to the subject.

@pytest.mark.parametrize("text, expected", [
    ("The district refused to release the audit.", [("The district", "refused")]),
    # (2026.10: 'to endorse' is itself a stance verb and joins the cue, like 'declined to criticize'.)
    ("Ana Ruiz has refused to endorse either candidate.", [("Ana Ruiz", "has refused to endorse")]),
])
def test_refused(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", ["The refused shipments were sent back.", "Refused entries are listed below."])
def test_refused_as_adjective_is_no_cue(text):
    assert pairs(text) == []


# -- A modal makes a noun-like verb a verb ('would support').

@pytest.mark.parametrize("text, expected", [
    ("Councilor Pham would support a later start time.", [("Councilor Pham", "would support")]),
])
def test_modal_before_noun_like_verb(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", ["Their support for the levy is strong.", "We would point the hose at the roof."])
def test_modal_does_not_make_every_noun_a_cue(text):
    assert pairs(text) == []


# -- Cue extent as editors mark it: 'said of X' is the verb alone; a platform belongs to the cue.

def test_said_of_marks_the_verb_only():
    assert pairs("“It was a mess,” Ruiz said of the parade.") == [("Ruiz", "said")]


@pytest.mark.parametrize("text, expected", [
    ("Mayor Ruiz wrote on Facebook that the pool would reopen.", [("Mayor Ruiz", "wrote on Facebook")]),
    ("The senator suggested on social media that he would run.", [("The senator", "suggested on social media")]),
    ("“It will reopen,” Ruiz said on her Twitter account.", [("Ruiz", "said on her Twitter account")]),
])
def test_platform_belongs_to_the_cue(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ruiz said on Monday that the pool would reopen.", [("Ruiz", "said")]),
    ("Ruiz said on the steps of city hall that it would reopen.", [("Ruiz", "said")]),
])
def test_other_on_phrases_stay_out_of_the_cue(text, expected):
    assert pairs(text) == expected


# -- 'As reported by X', ', first reported by X,': the agent of a reporting participle is the source.

@pytest.mark.parametrize("text, expected", [
    ("As reported by the Harbor Gazette, the pool will close in May.", [("the Harbor Gazette", "reported")]),
    ("The layoffs, first reported by the Harbor Gazette, begin in May.",
     [("the Harbor Gazette", "first reported")]),
])
def test_reporting_participle_with_agent(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", ["Ms. Ruiz said by telephone.", "The memo, written by hand, was short."])
def test_by_with_a_means_is_no_agent(text):
    assert [s for s, _ in pairs(text) if s in {"telephone", "hand"}] == []


# -- 'according to' + a document whose head could be a verb ('a pool report').

@pytest.mark.parametrize("text, expected", [
    ("Ruiz left the dock early, according to a pool report.", [("a pool report", "according to")]),
    ("Spending was low, according to its FEC reports.", [("its FEC reports", "according to")]),
])
def test_according_to_a_report(text, expected):
    assert pairs(text) == expected


# -- A pronoun with a contraction ('we’ve', 'she'd') is a source on its own.

@pytest.mark.parametrize("text, expected", [
    ("We’ve said all along that the levy was too small.", [("We", "’ve said")]),
    ("“The bridge will fail,” they’ve warned.", [("they", "’ve warned")]),
    ("She'd warned that the bridge would fail.", [("She", "'d warned")]),
])
def test_contracted_pronoun_subject(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("O’Donnell said the bridge would fail.", [("O’Donnell", "said")]),
    ("The mayor’s aide said the bridge would fail.", [("The mayor’s aide", "said")]),
])
def test_apostrophes_inside_names_stay_whole(text, expected):
    assert pairs(text) == expected


# -- 'responded by saying': the verb the gerund explains opens the cue.

@pytest.mark.parametrize("text, expected", [
    ("A city official responded by saying the pool was safe.", [("A city official", "responded by saying")]),
    ("Ruiz began by talking about the budget.", [("Ruiz", "began by talking about")]),
])
def test_verb_by_gerund_cue(text, expected):
    assert pairs(text) == expected


def test_by_gerund_after_an_object_keeps_the_gerund_cue():
    # The verb has its own object ('the meeting'), so only the gerund reports speech.
    assert pairs("Ruiz closed the meeting by saying the pool was safe.") == [("Ruiz", "saying")]


# -- 'asked for X' and 'asked to X' are requests reported as news; anonymity conditions are not.

@pytest.mark.parametrize("text, expected", [
    ("A party activist asked for a recount of the ballots.", [("A party activist", "asked for")]),
    ("The tenants union asked to inspect the boiler.", [("The tenants union", "asked")]),
])
def test_reported_requests(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The aide asked to remain anonymous.", []),
    ("The source asked for anonymity because the talks were private.", []),
    ("The official, who asked not to be named, said the levy failed.",
     [("The official, who asked not to be named", "said")]),
])
def test_anonymity_conditions_are_not_cues(text, expected):
    assert pairs(text) == expected


# -- Typing: a private attorney is a person; a public one (district, U.S., attorney general) is government.

@pytest.mark.parametrize("text, expected", [
    ("Larry Dunn, an attorney with the Tenants Law Center", "person"),
    ("an attorney for the family", "person"),
    ("the district attorney", "government"),
    ("Ana Ruiz, the state attorney general", "government"),
    ("Attorney General Ana Ruiz", "government"),
])
def test_attorney_types(text, expected):
    from provenance.engine.source_types import classify
    assert classify(text) == expected


# -- Headlines: 'Speaker: claim' on a document's first line.

@pytest.mark.parametrize("text, expected", [
    ("Ruiz to council: The budget is short by $4 million.\n\nThe council met on Monday.", [("Ruiz", ":")]),
    ("Harbor Union chief: Strike will go ahead on Friday.\n\nTalks failed.", [("Harbor Union chief", ":")]),
])
def test_headline_speaker_label(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "UPDATE: The bridge will reopen in May.\n\nText follows.",
    "FIX IS IN: Moderators ignore the budget gap.\n\nText follows.",
    "Budget vote: what you need to know.\n\nText follows.",
    # Not the first line: the headline rule does not apply to a sentence in the story.
    "The council met.\n\nThe plan in brief: the bridge will reopen in May.",
])
def test_not_a_headline_speaker(text):
    assert pairs(text) == []


# -- Headlines: a stance verb with a bare object reports the stance; Title Case adverbs join the cue.

@pytest.mark.parametrize("text, expected", [
    ("Harbor skywriters blast Mayor Ruiz.\n\nThe banner flew for an hour.", [("Harbor skywriters", "blast")]),
    ("Ana Ruiz Just Announced Her Endorsement Of The Levy.\n\nThe vote is in May.",
     [("Ana Ruiz", "Just Announced")]),
])
def test_headline_cues(text, expected):
    assert pairs(text) == expected


def test_stance_verb_with_bare_object_in_the_story_is_no_cue():
    text = "Harbor news.\n\nThe guard rejected the parcel.\n\nIt was late."
    assert pairs(text) == []


# -- 'offered' words ('an explanation', 'no specifics') is a cue; offering goods or services is not.

@pytest.mark.parametrize("text, expected", [
    ("The mayor offered a different account of the fire.", [("The mayor", "offered")]),
    ("Ruiz offered no specifics about the plan.", [("Ruiz", "offered")]),
])
def test_offered_words(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", ["The store offers free parking.", "The county offered residents sandbags.",
                                  "The offer was rejected by the union."])
def test_offered_goods_is_no_cue(text):
    assert pairs(text) == []


# -- Inverted 'say' with a plural subject; a describing participle after a capitalised noun.

@pytest.mark.parametrize("text, expected", [
    ("A milder mayor may be no bad thing, say some council members, who recall his temper.",
     [("some council members", "say"), ("who", "recall")]),
    ("“Costs will rise,” said one organizer involved in the budget talks, who asked not to be named.",
     [("one organizer involved in the budget talks", "said")]),
])
def test_inverted_plural_say_and_describing_participle(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", ["“We will win,” say Mayor Ruiz.", "The plan, say it again, is bad."])
def test_inverted_base_say_needs_a_plural_subject(text):
    assert pairs(text) == []


# -- 'Roe in a blog post said': the channel between source and verb is not part of the source.

@pytest.mark.parametrize("text, expected", [
    ("Ana Ruiz in a blog post said she would appoint new judges.", [("Ana Ruiz", "said")]),
    ("The mayor in an interview said the bridge would reopen.", [("The mayor", "said")]),
    ("Experts in the video said the bridge would fall.", [("Experts in the video", "said")]),
])
def test_channel_between_source_and_verb(text, expected):
    assert pairs(text) == expected


# -- A sentence in parentheses; 'Having said that' is a discourse phrase.

@pytest.mark.parametrize("text, expected", [
    ("Sales rose. (Acme says it tracks 500 more stores.)", [("Acme", "says")]),
    ("Her rating fell (at one point to 19 percent, Gutin says) and it hurt the campaign.", [("Gutin", "says")]),
    ("Sen. Ana Ruiz (D-Md.) said the bill failed.", [("Sen. Ana Ruiz (D-Md.)", "said")]),
])
def test_parenthesised_sources(text, expected):
    assert pairs(text) == expected


def test_having_said_that_is_no_source():
    assert pairs("Having said that, the bridge is safe.") == []


# -- A hyphen typed for a dash ends the clause before the source.

@pytest.mark.parametrize("text, expected", [
    ("Her plan - Mrs. Ruiz said she would sign such a bill - is a flashpoint.", [("Mrs. Ruiz", "said")]),
    ("Her plan -Mrs. Ruiz said she would sign such a bill- is a flashpoint.", [("Mrs. Ruiz", "said")]),
    ("The co-founder of the firm said the plan failed.", [("The co-founder of the firm", "said")]),
])
def test_spaced_hyphen_is_a_dash(text, expected):
    assert pairs(text) == expected


# -- Two-apostrophe quotation marks: ''' closes an inner quotation and then the outer one.

@pytest.mark.parametrize("text, expected", [
    ("''I would call it 'old-school,''' said Greg Slayton, a former envoy.", [("Greg Slayton, a former envoy", "said")]),
    ("''She asked, 'What did he mean?''' Mr. Biden said.", [("Mr. Biden", "said")]),
])
def test_triple_apostrophe_closes_both_quotations(text, expected):
    assert pairs(text) == expected


# -- '..., said Roe, who added that ...': the relative clause reports a claim of its own.

@pytest.mark.parametrize("text, expected", [
    ("“The mayor is a bully,” said Ana Ruiz, who added that the council was worse.",
     [("Ana Ruiz", "said"), ("who", "added")]),
])
def test_relative_clause_after_inverted_source(text, expected):
    assert pairs(text) == expected


def test_content_clause_cue_stays_nested():
    # 'he told her' is inside what Ruiz said, not a separate claim of the sentence.
    assert pairs("Ana Ruiz said the mayor told her the bridge was safe.") == [("Ana Ruiz", "said")]


# -- Poll shares keep their approximator and are typed as respondents, not people.

@pytest.mark.parametrize("text, expected", [
    ("Two in three said they would wait, and nearly three in five said they would not vote.",
     [("Two in three", "said"), ("nearly three in five", "said")]),
])
def test_approximator_stays_in_poll_share(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [("About four in 10", "unspecified"), ("Nearly three in five", "unspecified"),
                                            ("Ana Ruiz, a pollster", "person")])
def test_poll_share_type(text, expected):
    from provenance.engine.source_types import classify
    assert classify(text) == expected


# -- A quotation's own words never make a sentence a newsroom note.

def test_quoted_words_do_not_make_a_note():
    text = "“If you were listening, he never answered the question,” Ruiz said of the mayor."
    assert [s["kind"] for s in segments(text)] == ["claim"]


def test_unquoted_no_response_is_a_note():
    assert [s["kind"] for s in segments("The mayor did not respond to a request for comment.")] == ["note"]


# -- Nouns with a person-like ending that name things ('arguments', 'committee') are not role nouns.

def test_thing_noun_is_not_an_appositive_head():
    assert pairs("The winning arguments, Ruiz says her research shows, include the costs.") == [("Ruiz", "says")]


@pytest.mark.parametrize("word, expected", [("arguments", False), ("committee", False), ("documents", False),
                                            ("economists", True), ("parents", True), ("residents", True)])
def test_agent_noun(word, expected):
    from provenance.engine.noun_phrases import agent_noun
    assert agent_noun(word) is expected


def test_citing_precedent_is_a_reason_not_a_source():
    assert pairs("The law fails, Judge Ruiz wrote, citing precedent.") == [
        ("Judge Ruiz", "wrote"), ("Judge Ruiz", "citing")]


# -- 'according to' inside parentheses, and a report with a prepositional tail.

@pytest.mark.parametrize("text, expected", [
    ("The share was 15 percent (according to Factcheck.org).", [("Factcheck.org", "according to")]),
    ("Ruiz kept rowing, according to a Gazette report at the time.",
     [("a Gazette report at the time", "according to")]),
])
def test_according_to_boundaries(text, expected):
    assert pairs(text) == expected
