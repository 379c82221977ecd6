"""Engine 2026.10, speech verbs in context (sentences written for the project).

'said', 'say', 'told' and the other plain speech verbs are the commonest cues in news, yet a
subject built in an unusual way, or a nearby word read as a verb, can hide them. Each family
has positive and negative cases.
"""

from __future__ import annotations

import pytest

from .helpers import pairs

# -- A subject with a short 'that' clause on it: 'groups that have endorsed her say'.


@pytest.mark.parametrize("text, expected", [
    ("Tenant groups that have endorsed Jane Roe say the harbor levy is unfair.",
     [("Tenant groups that have endorsed Jane Roe", "say")]),
    ("Bakers that signed the petition said the rent rise would close them.",
     [("Bakers that signed the petition", "said")]),
])
def test_subject_with_short_that_clause(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A 'that' clause with a clause of its own inside: the verb's subject is in there, not the phrase.
    ("Acme lost many of the contracts that preceded the merger because the board refused to sign.",
     [("the board", "refused")]),
    # 'How that will ...' opens a clause; no noun phrase heads it.
    ("How that will play out at the harbor is harder to say.", []),
])
def test_that_clause_not_a_subject(text, expected):
    assert pairs(text) == expected

# -- A cue inside a phrase that opens the sentence does not swallow the main clause after the comma.


@pytest.mark.parametrize("text, expected", [
    ("Despite what she wrote in the harbor report, Jane Roe said the levy was fair.",
     [("she", "wrote"), ("Jane Roe", "said")]),
    ("In a week when the mayor is talking about tolls, Omar Tell said the ferry should stay free.",
     [("the mayor", "is talking about"), ("Omar Tell", "said")]),
])
def test_cue_in_fronted_phrase_leaves_main_clause(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # The first comma closes 'In May', not the clause with 'said': Doe's words are inside Roe's report.
    ("In May, Roe said that in June, Doe warned the pier would close.",
     [("Roe", "said")]),
    # A sentence that opens with the source's 'according to' keeps one source.
    ("According to the Gazette, Omar Tell said the pier would close.",
     [("the Gazette", "According to")]),
])
def test_fronted_phrase_exceptions(text, expected):
    assert pairs(text) == expected

# -- An '-ing' participle that opens the sentence with its object ('Making the rounds ...') is no subject.


@pytest.mark.parametrize("text, expected", [
    # 'shows' is a noun here: the participle phrase gives it no subject, so the main 'said' is found.
    ("Visiting the late-night shows, Jane Roe said she would run again.",
     [("Jane Roe", "said")]),
    ("Leading bakers say the levy is unfair.",
     [("Leading bakers", "say")]),
    ("Polling of tenants shows a split.",
     [("Polling of tenants", "shows")]),
])
def test_opening_participle_is_not_a_subject(text, expected):
    assert pairs(text) == expected

# -- A party and state label whose last full stop is left out before the bracket: '(D-N.Y)'.


@pytest.mark.parametrize("text, expected", [
    ("Rep. Jane Roe (D-N.Y) said the ferry toll should go.",
     [("Rep. Jane Roe (D-N.Y)", "said")]),
    ("Rep. Jane Roe (D-N.Y.) said the ferry toll should go.",
     [("Rep. Jane Roe (D-N.Y.)", "said")]),
])
def test_party_label_without_last_stop(text, expected):
    assert pairs(text) == expected


def test_party_label_pattern_needs_a_state():
    # 'I-9' is a form, not a party label: the sentence still ends at its full stop.
    assert pairs("Omar Tell said the I-9 form was late. Jane Roe agreed.") == [("Omar Tell", "said"), ("Jane Roe", "agreed")]

# -- ', saying' after a main clause whose subject has asides: the part before the participle opens
#    with the main verb, so the subject ends right before it.


@pytest.mark.parametrize("text, expected", [
    ("But the other baker, Jane Roe, took a different line, saying that the levy was unfair.",
     [("the other baker, Jane Roe", "saying")]),
    ("Other bakers, including Jane Roe and Omar Tell, have taken the mayor's side, saying the levy is unfair.",
     [("Other bakers, including Jane Roe and Omar Tell", "saying")]),
])
def test_participle_after_subject_with_asides(text, expected):
    assert pairs(text) == expected


def test_participle_after_relative_keeps_main_subject():
    # The part before ', saying' is a relative clause on the object, not the main verb phrase.
    assert pairs("The mayor praised Jane Roe, who chairs the board, saying the levy was fair.") == [
        ("The mayor", "praised"), ("The mayor", "saying")]


def test_bracketed_label_closes_the_subject_before_a_past_verb():
    assert pairs("Rep. Jane Roe (D-Md.) stepped into the row, saying the levy is unfair.") == [
        ("Rep. Jane Roe (D-Md.)", "saying")]
    # A bracket inside an object is no subject: the earlier cue keeps it.
    assert pairs("Jane Roe praised the bakers (and their union), saying they worked hard.") == [
        ("Jane Roe", "praised"), ("Jane Roe", "saying")]


@pytest.mark.parametrize("text, expected", [
    ("And then Jane Roe turned on the council, saying the levy was a fraud.",
     [("Jane Roe", "saying")]),
    ("And even the mayor worked to calm the bakers, noting that the toll was small.",
     [("the mayor", "noting")]),
    # A subordinate clause after the link is no main clause: its subject does not speak.
    ("And when the mayor left, the bakers stayed on, singing.", []),
])
def test_linked_sentence_keeps_its_subject(text, expected):
    assert pairs(text) == expected

# -- A subject with an '-ing' participle phrase on it: 'tenants trying to stop the levy say'.


@pytest.mark.parametrize("text, expected", [
    ("Tenants trying to stop the harbor levy say they have found a new ally.",
     [("Tenants trying to stop the harbor levy", "say")]),
    ("Tenants living in harbor flats said they backed Jane Roe.",
     [("Tenants living in harbor flats", "said")]),
])
def test_subject_with_ing_phrase(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 'during' is a preposition, not a participle on 'Jane Roe'.
    ("The fair grew so large that Jane Roe during a visit thanked the bakers.", []),
    # The phrase cannot end on 'a': 'recognized' is no verb here.
    ("Roe and others seeking a recognized permit for the stalls marched.", []),
])
def test_ing_phrase_limits(text, expected):
    assert pairs(text) == expected

# -- 'like' naming examples inside a plural subject: 'critics like Jane Roe say'.


@pytest.mark.parametrize("text, expected", [
    ("Critics like Jane Roe say the levy would hurt bakers.",
     [("Critics like Jane Roe", "say")]),
    ("Since the vote, bakers' groups like the Elmwood Guild have argued that the toll is unfair.",
     [("bakers' groups like the Elmwood Guild", "have argued")]),
    ("The real trouble, say experts like Jane Roe, a geologist, is the soft sand.",
     [("experts like Jane Roe, a geologist", "say")]),
])
def test_like_examples_in_subject(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 'like' as a verb: the bakers are not a speaker, Roe is.
    ("Bakers like the new levy, Roe said.", [("Roe", "said")]),
])
def test_like_as_verb(text, expected):
    assert pairs(text) == expected

# -- 'even' inside a list of speakers: 'tenants and even some landlords say'.


@pytest.mark.parametrize("text, expected", [
    ("Tenants and even some landlords say the harbor levy failed.",
     [("Tenants and even some landlords", "say")]),
    ("The toll is rising, with bakers and even a few ferry captains saying it is too high.",
     [("bakers and even a few ferry captains", "saying")]),
    # 'even' before a verb is no part of a subject.
    ("Jane Roe came late and even said the levy failed.",
     [("Jane Roe", "even said")]),
])
def test_even_inside_a_list_of_speakers(text, expected):
    assert pairs(text) == expected

# -- A subject with a 'whose' clause on it: 'the officials whose plans were rejected say'.


@pytest.mark.parametrize("text, expected", [
    ("The bakers whose stalls were closed say the levy came too late.",
     [("The bakers whose stalls were closed", "say")]),
    # The cue right after 'whose' + noun is the relative clause's own verb: the clause is no subject.
    ("The baker whose complaint first revealed the levy left town.",
     [("complaint", "first revealed")]),
])
def test_subject_with_whose_clause(text, expected):
    assert pairs(text) == expected

# -- A dash breaks off an earlier report: the subject after it speaks for itself.


@pytest.mark.parametrize("text, expected", [
    ("Some bakers say the levy would pass if the council met in May - an old habit - others say it will fail.",
     [("Some bakers", "say"), ("others", "say")]),
    ("The toll is higher than the audits have suggested — a memo from Acme estimated that it doubled.",
     [("the audits", "have suggested"), ("a memo from Acme", "estimated")]),
])
def test_dash_breaks_off_earlier_report(text, expected):
    assert pairs(text) == expected


def test_report_inside_report_still_nested():
    # With no dash or comma between, the second cue is inside what Roe said.
    assert pairs("Roe said Doe told her the pier had closed.") == [("Roe", "said")]


def test_participle_after_past_verb_part():
    # The part before ', saying' opens with a regular past verb: the subject ends before it.
    assert pairs("Sen. Jane Roe, R-Ill., who faces a hard race, pulled her backing of Tell, "
                 "saying he is unfit for the post.") == [("Sen. Jane Roe, R-Ill., who faces a hard race", "saying")]

# -- '... and said' after a main clause whose subject has an aside set off by commas.


@pytest.mark.parametrize("text, expected", [
    ("The bakers, hoping to stop the levy, took over the hall on Monday and said they would stay.",
     [("The bakers", "said")]),
    # A verb phrase after a comma and 'and' still goes back to the subject before the aside.
    ("The union, which met on Monday, walked out, and said it would sue.",
     [("The union", "said")]),
])
def test_coordinated_verb_after_subject_with_aside(text, expected):
    assert pairs(text) == expected

# -- A surname that opens with a lower-case particle ('de Roe', 'van Tell') is a subject.


@pytest.mark.parametrize("text, expected", [
    ("After the vote, de Roe said the pier would close.",
     [("de Roe", "said")]),
    ("If the council meets on Monday, van Tell tweeted, the levy will pass.",
     [("van Tell", "tweeted")]),
    # A preposition before a name is no particle: the plan is not said by 'de'.
    ("The plan for de Roe passed.", []),
])
def test_name_particle_subject(text, expected):
    assert pairs(text) == expected

# -- '..., then said' joins the verb phrase as '... and then said' does.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe praised the bakers, then said the levy would pass.",
     [("Jane Roe", "praised"), ("Jane Roe", "said")]),
    ("Omar Tell waited, then revealed why the pier had closed.",
     [("Omar Tell", "revealed")]),
    # 'then' after a comma that opens no verb phrase: nothing to join.
    ("If the levy passes, then the bakers will leave.", []),
])
def test_comma_then_verb(text, expected):
    assert pairs(text) == expected

# -- 'at least' / 'at most' before a quantity opens a subject after a comma or a conjunction.


@pytest.mark.parametrize("text, expected", [
    ("The mayor left early, but at least a dozen bakers told the Gazette she was wrong.",
     [("at least a dozen bakers", "told")]),
    ("Since the vote, at least 300 tenants said they would move.",
     [("at least 300 tenants", "said")]),
])
def test_at_least_quantity_subject(text, expected):
    assert pairs(text) == expected


def test_at_least_without_quantity_is_no_speaker():
    # 'at least' before no quantity is an adverb, not part of a speaker.
    sources = [src for src, _ in pairs("The plan is fine, but at least the mayor said she would listen.")]
    assert not any(src and src.startswith("at least") for src in sources)

# -- A bare infinitive after 'help', 'let', 'make' ('help brands find') is no cue, and so does not
#    hide the main clause's 'said'.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe, whose latest firm, Acme, uses data to help bakers find flour, said the levy was unfair.",
     [("Jane Roe", "said")]),
    ("Jane Roe Makes Bakers Claim Their Refunds.", []),
    # The causative inside a relative clause on the subject: 'say' is the main verb.
    ("Tenants who help their neighbors say the rent is too high.",
     [("Tenants who help their neighbors", "say")]),
])
def test_bare_infinitive_after_causative(text, expected):
    assert pairs(text) == expected

# -- A bracketed aside with a clause inside, right before the verb, stays inside the subject.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe (a baker so busy she has no time) says the levy failed.",
     [("Jane Roe (a baker so busy she has no time)", "says")]),
    # '(and fair)' is an adjective before the noun 'fears', not an aside on a subject.
    ("He spoke of the rival (and fair) fears the levy stirs.", [("He", "spoke of")]),
])
def test_bracketed_aside_before_verb(text, expected):
    assert pairs(text) == expected

# -- 'But' or '..., and' before an evidence subject opens the clause ('But county records show').


@pytest.mark.parametrize("text, expected", [
    ("But FEC reports show that Acme spent more on the levy campaign.",
     [("FEC reports", "show")]),
    ("The levy passed, and Monday night's results showed how weak the opposition was.",
     [("Monday night's results", "showed")]),
])
def test_evidence_subject_after_conjunction(text, expected):
    assert pairs(text) == expected

# -- A list item's bullet before the subject ('- Pew notes ...', '• Roe said ...').


@pytest.mark.parametrize("text, expected", [
    ("-Jane Roe explains how the ferry timetable works.", [("Jane Roe", "explains")]),
    ("• The Elmwood Guild notes that the share of bakers fell.", [("The Elmwood Guild", "notes")]),
    ("- Tenants in Elmwood who went to the meeting said they were calm.",
     [("Tenants in Elmwood who went to the meeting", "said")]),
])
def test_bullet_before_subject(text, expected):
    assert pairs(text) == expected

# -- After a quotation closed by a comma, any reporting verb may come before its speaker.


@pytest.mark.parametrize("text, expected", [
    ("“Bakers should keep their stalls open on Sundays,” opined the Elmwood Gazette.",
     [("the Elmwood Gazette", "opined")]),
    ("“The young see the harbor in a new way,” agrees Jane Roe, 30, of Elmwood.",
     [("Jane Roe, 30, of Elmwood", "agrees")]),
    # A short quoted title is no quotation of words: 'the bakers' did not thank anyone.
    ("Jane Roe, star of “Harbor,” thanked the bakers for their support.", []),
])
def test_inverted_verb_after_quotation(text, expected):
    assert pairs(text) == expected


def test_ranking_member_in_inverted_subject():
    assert pairs("“The harbor levy failed, and everyone knows it,” said Harbor Committee ranking Democrat "
                 "Jane Roe.") == [("Harbor Committee ranking Democrat Jane Roe", "said")]


def test_subordinate_clause_inside_relative_clause():
    # 'than aides say': the comparison clause inside the relative clause has its own subject.
    assert pairs("The row has tired the mayor, who has drawn fewer votes than aides say she should.") == [
        ("aides", "say")]


def test_focus_word_after_fronted_phrase():
    # 'even' between the fronted phrase's comma and the subject.
    assert pairs("In a week when Doe was talking about tolls, even a rival baker said the levy was fair.") == [
        ("Doe", "was talking about"), ("a rival baker", "said")]

# -- A named speaker with 'talking about' (a caption, a list of clips) is a speaker as with 'saying'.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe talking about the levy at the harbor fair.", [("Jane Roe", "talking about")]),
    ("Jane Roe speaking at the harbor fair.", []),
])
def test_named_speaker_talking_about(text, expected):
    assert pairs(text) == expected

# -- A subject with a relative clause that has no 'who' or 'that': 'the bakers I interviewed said'.


@pytest.mark.parametrize("text, expected", [
    ("All the bakers I interviewed said the levy was unfair.",
     [("All the bakers I interviewed", "said")]),
    ("The tenants we talked to said the rent had doubled.",
     [("The tenants we talked to", "said")]),
    ("Several captains I have sailed with over the past few years say the pier is unsafe.",
     [("Several captains I have sailed with over the past few years", "say")]),
    # A pronoun that starts a clause of its own, not a relative one: no subject for 'said'.
    ("The bakers left because they were tired and said nothing.", [("they", "said")]),
])
def test_subject_with_contact_relative(text, expected):
    assert pairs(text) == expected

# -- 'was heard telling', 'can be seen asking': the one heard or seen is the speaker.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe was heard on the harbor tape urging Omar Tell to go home.",
     [("Jane Roe", "urging")]),
    ("A baker can be heard asking the mayor about the levy.",
     [("A baker", "asking")]),
    # Not heard: 'tied up in suits claiming damages' names no speaker.
    ("The bakery, which is tied up in suits claiming damages, closed.", []),
])
def test_heard_speaking(text, expected):
    assert pairs(text) == expected

# -- 'who' as an object relative with its own pronoun subject reports on its own ('Doe, who she backs').


@pytest.mark.parametrize("text, expected", [
    ("Roe praised the harbor plan of Omar Tell, who she noted was new to the council.",
     [("Roe", "praised"), ("she", "noted")]),
    # A subject relative 'who' inside what Roe said stays inside it.
    ("Roe said the council should back Tell, who backs the levy.", [("Roe", "said")]),
])
def test_object_relative_who(text, expected):
    assert pairs(text) == expected

# -- '... but in a second interview said': a phrase of time or occasion between 'but' and the verb.


@pytest.mark.parametrize("text, expected", [
    ("The clerk first said he had kept the files, but in a second interview said he had lost them.",
     [("The clerk", "first said"), ("The clerk", "said")]),
    ("Jane Roe praised the bakers and on Monday said the levy would pass.",
     [("Jane Roe", "praised"), ("Jane Roe", "said")]),
    # A place inside a subject that lists two bodies is no occasion.
    ("Officials in the council and at the port authority have said the pier is safe.",
     [("Officials in the council and at the port authority", "have said")]),
])
def test_occasion_before_coordinated_verb(text, expected):
    assert pairs(text) == expected

# -- 'after X said / told': the words said before the main clause's event are a report of their own.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe issued a statement after Omar Tell told a town meeting that the pier was unsafe.",
     [("Jane Roe", "issued a statement"), ("Omar Tell", "told")]),
    ("Roe praised the bakers after the mayor said the levy would go.",
     [("Roe", "praised"), ("the mayor", "said")]),
    # Other verbs after 'after' stay inside the earlier report.
    ("Roe said the pier closed after the mayor proposed a toll.", [("Roe", "said")]),
])
def test_words_said_before_the_event(text, expected):
    assert pairs(text) == expected
