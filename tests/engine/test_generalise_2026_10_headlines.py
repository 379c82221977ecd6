"""Engine 2026.10, headlines and the verbs of stance they use (sentences written for the project).

A story's first line is often a headline in its own English: Title Case, the present tense,
'X to do' for the future, and short verbs of stance ('rips', 'trashes'). Verbs that mean
speaking or judging in any news text join the cue lexicon; verbs that mean it only in a
headline count only on the first line. Each family has positive and negative cases.
"""

from __future__ import annotations

import pytest

from .helpers import pairs, seg_texts

STORY = "\n\nThe council meets again on Friday to hear from residents.\n"

# -- Evaluative speech verbs: deriding, berating, reassuring, debunking a claim are things said.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe derided the harbor levy as a tax on fishermen.",
     [("Jane Roe", "derided")]),
    ("The mayor reassured tenants that the ferry would keep running.",
     [("The mayor", "reassured")]),
    ("Omar Tell castigated the council for delaying the vote.",
     [("Omar Tell", "castigated")]),
    ("The union leader belittled the offer in a speech on Monday.",
     [("The union leader", "belittled")]),
    ("An Acme spokesman debunked the rumor that the plant would close.",
     [("An Acme spokesman", "debunked")]),
    ("Jane Roe ripped into the landlords for raising rents.",
     [("Jane Roe", "ripped into")]),
])
def test_evaluative_speech_verbs(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The election-night bash on Friday drew hundreds of guests.",
    "Residents traded personal insults at the meeting.",
    "Volunteers ripped the posters off the wall.",
    "The storm ripped through the harbor overnight.",
])
def test_evaluative_words_that_are_not_speech(text):
    assert pairs(text) == []


# -- 'rips' bare means 'criticises' only in headline English.


def test_rips_in_a_headline():
    assert pairs("Mayor Roe rips harbor levy over fees" + STORY) == [("Mayor Roe", "rips")]


def test_rips_in_body_text_needs_into():
    assert pairs("Omar Tell rips the old carpets out of the hall every spring.") == []


# -- 'X to do': the headline future. The subject ends in a capitalised word right before 'to'.


@pytest.mark.parametrize("headline, expected", [
    ("Acme to announce ferry cuts on Monday", [("Acme", "to announce")]),
    ("Jane Roe to endorse Omar Tell for mayor", [("Jane Roe", "to endorse")]),
    ("Mayor Roe to call for a second ferry", [("Mayor Roe", "to call for")]),
])
def test_headline_future(headline, expected):
    assert pairs(headline + STORY) == expected


@pytest.mark.parametrize("text", [
    "Council Votes To Endorse Roe" + STORY,  # a verb before 'To' governs the infinitive
    "Fare rise to warn off tourists" + STORY,
    "It fell to Jane Roe to announce the result.",  # body text: no headline future
])
def test_no_headline_future(text):
    assert pairs(text) == []


# -- Light verbs in a Title Case headline ('Makes Statement', 'Raises Concerns').


@pytest.mark.parametrize("headline, expected", [
    ("Jane Roe Makes Strong Statement About Harbor Levy", [("Jane Roe", "Makes Strong Statement About")]),
    ("Jane Roe Raises Concerns About Harbor Levy", [("Jane Roe", "Raises Concerns About")]),
])
def test_title_case_light_verb(headline, expected):
    assert pairs(headline + STORY) == expected


@pytest.mark.parametrize("text", [
    "Acme Makes Strong Profit On Ferry Fares" + STORY,
    # body text: a capitalised light verb belongs to a name, not to a headline
    "The boutique Makes Statement Pieces sold out of its scarves on the harbor front last week.",
])
def test_title_case_light_verb_needs_a_speech_noun(text):
    assert pairs(text) == []


# -- Phrasal verbs of retort and stance ('fired back at', 'weighed in on', 'doubled down on').


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe fired back at the council over the harbor levy.",
     [("Jane Roe", "fired back at")]),
    ("Several tenants weighed in on the ferry schedule.",
     [("Several tenants", "weighed in on")]),
    ("The mayor doubled down on her plan to close the pier.",
     [("The mayor", "doubled down on")]),
    ("Omar Tell sounded off on the new parking rules.",
     [("Omar Tell", "sounded off on")]),
    ("The union leader lashed out at Acme for the layoffs.",
     [("The union leader", "lashed out at")]),
    ("Mayor Roe swipes at council over ferry delays" + STORY,
     [("Mayor Roe", "swipes at")]),
])
def test_phrasal_retort_verbs(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The guards fired at the fleeing boat.",
    "Acme weighed the offer for a week.",
    "Acme doubled its ferry fleet last year.",
    "The storm hit the harbor on Tuesday.",
    "The sirens sounded at noon.",
])
def test_the_same_verbs_without_their_particle(text):
    assert pairs(text) == []


# -- A headline lists its verbs in the present: 'Roe Slams X, Praises Y'.


def test_headline_verb_list_in_the_present():
    assert pairs("Jane Roe Slams Council, Praises Tenants" + STORY) == [
        ("Jane Roe", "Slams"), ("Jane Roe", "Praises")]


def test_body_text_present_noun_after_comma():
    # In body text a noun-like '-s' form after a comma is not read as a listed verb.
    assert pairs("Jane Roe slammed the council, praises the tenants and left.") == [("Jane Roe", "slammed")]


# -- 'v.' in a case name ('Acme v. Harbor Board') abbreviates 'versus'; it ends no sentence.


def test_case_name_does_not_end_a_sentence():
    text = "Jane Roe says the ruling in Acme v. Harbor Board will stand. The council disagrees."
    assert seg_texts(text) == ["Jane Roe says the ruling in Acme v. Harbor Board will stand.",
                               "The council disagrees."]


def test_headline_label_with_a_case_name():
    assert pairs("Roe to tenants: Court will uphold Acme v. Harbor Board" + STORY) == [("Roe", ":")]


# -- Headlines quote in single marks: ",’" closes the quotation, and the speaker follows it.


@pytest.mark.parametrize("text, expected", [
    ("Ferry Will Run ‘As Long As I Am Mayor,’ Jane Roe Tells Tenants" + STORY, [("Jane Roe", "Tells")]),
    ("The levy was ‘a tax on the harbor,’ Omar Tell told the council on Monday.", [("Omar Tell", "told")]),
])
def test_speaker_after_single_quotation(text, expected):
    assert pairs(text) == expected


def test_apostrophe_is_no_closing_quote():
    assert pairs("The dockers’ union said the levy was unfair.") == [("The dockers’ union", "said")]


# -- 'Come Out Against' in a Title Case headline.


def test_title_case_came_out_against():
    assert pairs("Harbor Tenants Come Out Against Ferry Levy" + STORY) == [
        ("Harbor Tenants", "Come Out Against")]


@pytest.mark.parametrize("text", [
    "Sun Comes Out For Harbor Festival" + STORY,  # 'for' in Title Case cannot show a named side
    # body text: a capitalised 'Came Out Against' belongs to a title, not to a headline
    "The song Came Out Against The Wind was played at the harbor on Friday night by the band.",
])
def test_title_case_came_out_without_a_side(text):
    assert all(cue != "Came Out Against" and cue != "Comes Out For" for _, cue in pairs(text))


# -- A noun-like present verb after a name in a sentence-case headline ('Mayor Roe vows change').


@pytest.mark.parametrize("headline, expected", [
    ("Mayor Roe vows change at the harbor", [("Mayor Roe", "vows")]),
    ("Tenants wary as Jane Roe questions levy", [("Jane Roe", "questions")]),
])
def test_headline_present_verb_after_a_name(headline, expected):
    assert pairs(headline + STORY) == expected


@pytest.mark.parametrize("text", [
    "Criminal charges against the harbor board were dropped" + STORY,  # a first word, then the noun
    "Ferry crews say NBA shows run too late" + STORY,  # an acronym modifies the noun
    "The tenants ask as Jane Roe questions mount.",  # body text: the noun reading stays
])
def test_noun_like_forms_stay_nouns(text):
    assert all(cue not in {"charges against", "shows", "questions"} for _, cue in pairs(text))


# -- A speech-act noun in a Title Case headline ('Roe’s Claim That ...').


def test_title_case_speech_act_noun():
    assert pairs("Jane Roe’s Claim That The Levy Is Legal Falls Apart" + STORY) == [("Jane Roe’s", "Claim")]


def test_capitalised_speech_act_noun_in_body_text():
    # Not a headline: the capitalised noun is part of a title ('The Claim That Shook The Harbor').
    assert pairs("Her book, The Claim That Shook The Harbor, sold well in the town last winter.") == []


def test_final_present_verb_after_single_quotation():
    assert pairs("Levy Is ‘A Fair Price,’ Harbor Board Finds" + STORY) == [("Harbor Board", "Finds")]


def test_final_noun_after_apostrophe_is_no_cue():
    assert pairs("Jane Roe reviewed the dockers’ union shows.") == []


# -- '..., judge rules': the court's verb closing the decision it states.


@pytest.mark.parametrize("text, expected", [
    ("Harbor levy records must be released, judge rules" + STORY, [("judge", "rules")]),
    ("The ferry contract was void, a county judge ruled.", [("a county judge", "ruled")]),
])
def test_final_ruling(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Few delegates remain, given the party's rules.",
    "The old king ruled the harbor town for forty years.",
])
def test_rules_that_state_no_decision(text):
    assert pairs(text) == []


# -- 'demands' is a noun in body text, a verb after a name in a headline.


def test_headline_demands():
    assert pairs("Mayor Roe demands recount of harbor vote" + STORY) == [("Mayor Roe", "demands")]


@pytest.mark.parametrize("text", [
    "Union demands met after strike" + STORY,
    "Jane Roe's demands were met by the harbor board on Monday.",
])
def test_demands_as_a_noun(text):
    assert all(cue != "demands" for _, cue in pairs(text))


# -- More verbs of speaking and of voiced stance, with the preposition that belongs to them.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe mused about running for the harbor board.", [("Jane Roe", "mused about")]),
    ("The council balked at the cost of a second ferry.", [("The council", "balked at")]),
    ("Omar Tell scoffed at the idea of a toll bridge.", [("Omar Tell", "scoffed at")]),
    ("Several tenants vented about the rent rise on Monday.", [("Several tenants", "vented about")]),
    ("The mayor implored residents to conserve water.", [("The mayor", "implored")]),
])
def test_more_speech_verbs(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The kitchen vent was cleaned on Monday.",
    "Smoke rose from the vents of the old ferry.",
])
def test_nouns_among_them(text):
    assert pairs(text) == []


# -- A Title Case headline label: 'Roe To Tenants: ...' names Roe, the audience after 'To'.


@pytest.mark.parametrize("headline, expected", [
    # (The merge with the cognition branch made 'Worried About' a cue of its own, so the label's
    # audience is written without one here.)
    ("Mayor Roe To Tenants In Harbor Flats: The Ferry Will Keep Running", [("Mayor Roe", ":")]),
    ("Acme Chief On Harbor Levy: We Will Pay Our Share Of It", [("Acme Chief", ":")]),
])
def test_title_case_headline_label(headline, expected):
    assert pairs(headline + STORY) == expected


def test_headline_label_needs_a_claim():
    assert pairs("Mayor Roe To Tenants: Soon" + STORY) == []


# -- 'opened up about' confides; 'opened up' anything else does not.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe opened up about her years on the harbor board.", [("Jane Roe", "opened up about")]),
    ("Harbor Pilot Opens Up About Night Crossings" + STORY, [("Harbor Pilot", "Opens Up About")]),
])
def test_opened_up_about(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Acme opened up the old ferry terminal to visitors.",
    "The council opened the meeting at noon.",
    "The bakery is open until six.",
])
def test_open_without_about(text):
    assert pairs(text) == []


# -- Verbs of verbal sparring ('sparred over', 'jabbed at', 'needled').


@pytest.mark.parametrize("text, expected", [
    ("The two candidates sparred over the harbor levy.", [("The two candidates", "sparred over")]),
    ("Jane Roe jabbed at the council for the delays.", [("Jane Roe", "jabbed at")]),
    ("Omar Tell needled his rivals during the debate.", [("Omar Tell", "needled")]),
])
def test_sparring_verbs(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The nurse gave each tenant a flu jab.",
    "Jane Roe jabbed her finger at the map.",
])
def test_sparring_words_that_are_not_speech(text):
    assert pairs(text) == []


# -- 'distanced herself from': a public disavowal, only with the reflexive.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe distanced herself from the levy plan.", [("Jane Roe", "distanced herself from")]),
    ("The mayor quickly distanced himself from the remarks.", [("The mayor", "quickly distanced himself from")]),
])
def test_distanced_oneself(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The ferry covered the distance in an hour.",
    "Acme distanced the new plant from the river.",
])
def test_distance_without_the_reflexive(text):
    assert pairs(text) == []


# -- 'went after Doe': attacking a named rival in words ('Roe goes after Acme' in a headline too).


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe went after Omar Tell over the harbor levy.", [("Jane Roe", "went after")]),
    ("The mayor went after him during the debate.", [("The mayor", "went after")]),
    ("Jane Roe goes after Acme over ferry fares" + STORY, [("Jane Roe", "goes after")]),
])
def test_went_after_a_rival(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The tenants went after Christmas to see the harbor lights.",
    "The ferry crew went after the drifting boat.",
    "Jane Roe went after Monday's meeting to the pier.",
])
def test_went_after_no_rival(text):
    assert pairs(text) == []
