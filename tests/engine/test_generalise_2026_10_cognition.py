"""Engine 2026.10, verbs of thinking, hoping and wanting, and 'call' (sentences written for the project).

A verb of belief reports the holder's view only when a proposition follows it; each family below
adds one ordinary English way of supplying that proposition, with positive and negative cases.
"""

from __future__ import annotations

import pytest

from .helpers import pairs

# -- The complement's subject moved to the front ('the levy she believes will pass', 'what he
#    thinks is fair'): the complement's finite verb follows the cue at once.


@pytest.mark.parametrize("text, expected", [
    ("The harbor levy, which Jane Roe believes will pass, goes to a vote in May.",
     [("Jane Roe", "believes")]),
    ("Omar Tell backed what he thought was a fair offer.",
     [("he", "thought")]),
    ("It is a ferry route that she hopes can open by spring.",
     [("she", "hopes")]),
])
def test_complement_with_fronted_subject(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Health worries have kept Jane Roe off the campaign trail.",
    "Omar Tell has known the baker since 1998.",
])
def test_no_complement_no_cue(text):
    assert pairs(text) == []

# -- A belief or a worry with its topic after a preposition: the preposition is part of the cue.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe believes in term limits for the harbor board.",
     [("Jane Roe", "believes in")]),
    ("Many tenants worry about the new levy.",
     [("Many tenants", "worry about")]),
    ("Omar Tell is thinking about a run for mayor.",
     [("Omar Tell", "is thinking about")]),
])
def test_belief_with_a_topic(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The tenants believed for years.",
    "Omar Tell thought for a moment.",
])
def test_belief_without_a_topic(text):
    assert pairs(text) == []

# -- 'called out' someone: a public rebuke; 'called out to' a crowd, 'called off' a match are not.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe called out the harbor board for its secrecy.",
     [("Jane Roe", "called out")]),
    ("Omar Tell has often called out landlords by name.",
     [("Omar Tell", "has often called out")]),
])
def test_calling_out(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Jane Roe called out to the crowd from the stage.",
    "Acme called off the ferry launch on Friday.",
])
def test_calling_out_without_a_rebuke(text):
    assert pairs(text) == []

# -- 'is considered' + a predicate: a view held at large, its holders unnamed (a hedge).


@pytest.mark.parametrize("text, expected", [
    ("The harbor levy is widely considered a lost cause.",
     [(None, "is widely considered")]),
    ("Jane Roe has long been considered the favorite.",
     [(None, "has long been considered")]),
])
def test_passive_consider_is_a_held_view(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Jane Roe considered the offer for a week.",
    "The council could be considered for the grant.",
])
def test_consider_without_a_view(text):
    assert pairs(text) == []

# -- Active 'consider' with a judgment (object + predicate) or a question weighed; not a thing
#    merely looked at or an option weighed.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe considers the harbor levy a mistake.",
     [("Jane Roe", "considers")]),
    ("Most tenants consider Omar Tell honest.",
     [("Most tenants", "consider")]),
    ("The board considered whether to close the pier.",
     [("The board", "considered")]),
])
def test_consider_a_judgment(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The council considered the bill on Tuesday.",
    "Jane Roe considered taking the ferry.",
])
def test_consider_without_a_judgment(text):
    assert pairs(text) == []

# -- 'want' + a noun phrase states the subject's demand for any subject, not only a singular one.


@pytest.mark.parametrize("text, expected", [
    ("The tenants want a second ferry.",
     [("The tenants", "want")]),
    ("Most bakers do not want a night shift.",
     [("Most bakers", "do not want")]),
])
def test_wanting_a_thing(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The tenants want badly.",
    "For want of a ferry, the island waited.",
])
def test_want_without_a_demand(text):
    assert pairs(text) == []

# -- 'his call to' + an infinitive is a speech-act noun like 'his call for'; a call to someone is by phone.


@pytest.mark.parametrize("text, expected", [
    ("Tenants cheered her call to scrap the harbor levy.",
     [("her", "call")]),
])
def test_call_to_act(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Her call to the mayor lasted an hour.",
])
def test_call_to_someone(text):
    assert pairs(text) == []

# -- An object pronoun right after a word that can be a noun ('calls', 'support') makes it a verb.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe calls herself a centrist.",
     [("Jane Roe", "calls")]),
    ("Most tenants call him honest.",
     [("Most tenants", "call")]),
])
def test_object_pronoun_makes_a_verb(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The calls her office received were polite.",
])
def test_possessive_her_is_no_object(text):
    assert pairs(text) == []

# -- 'worried' with no 'be' before it is the verb ('Roe worried that ...'), not the stance adjective.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe worried that the ferry would be late.",
     [("Jane Roe", "worried")]),
    ("Harbor officials have long worried about the pier.",
     [("Harbor officials", "have long worried about")]),
])
def test_worried_as_a_verb(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The worried tenants left early.",
    "Jane Roe worried all night.",
])
def test_worried_without_a_view(text):
    assert pairs(text) == []

# -- 'in (the) hope(s) of / that': the aim the main clause's subject holds.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe toured the docks in hopes of winning the port vote.",
     [("Jane Roe", "in hopes of")]),
    ("The bakers marched to city hall in the hope that the levy would fall.",
     [("The bakers", "in the hope")]),
])
def test_in_hope_of(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "There is little hope of a deal.",
    "Jane Roe lives in Hope, a small town.",
])
def test_hope_without_an_aim(text):
    assert pairs(text) == []

# -- 'view X as Y' is an opinion like 'see X as Y'; the noun 'view' and a plain look are not.


@pytest.mark.parametrize("text, expected", [
    ("Most tenants view the harbor levy as unfair.",
     [("Most tenants", "view")]),
    ("Jane Roe also views Omar Tell as a rival.",
     [("Jane Roe", "also views")]),
])
def test_viewing_as(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Tourists view the harbor from the pier.",
    "The view from the ferry is lovely.",
])
def test_view_without_an_opinion(text):
    assert pairs(text) == []


def test_counted_participle_modifies_the_noun():
    # 'viewed' is now a cue verb: with a count after it, it still modifies the noun before it.
    assert pairs("A clip posted 40,000 times on Facebook showed that the pier had flooded.") == [
        ("A clip posted 40,000 times on Facebook", "showed")]

# -- 'in his view', 'in Jane Roe's view': the possessor holds the opinion the clause states.


@pytest.mark.parametrize("text, expected", [
    ("In her view, the harbor levy is a mistake.",
     [("her", "view")]),
    ("The ferry, in Omar Tell's view, runs too seldom.",
     [("Omar Tell's", "view")]),
])
def test_in_someones_view(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The pier came into view at dawn.",
    "The harbor was in full view of the town.",
])
def test_in_view_without_an_owner(text):
    assert pairs(text) == []

# -- After a subject pronoun that agrees with it, 'think', 'hope', 'believe' can only be the verb,
#    whatever follows ("I think each ...", "she hopes so"); "you know" + an object stays no cue.


@pytest.mark.parametrize("text, expected", [
    ("I think each baker is right about the levy.",
     [("I", "think")]),
    ("Will the ferry run? She hopes so.",
     [("She", "hopes")]),
])
def test_opinion_verb_after_a_pronoun(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "You know the ferry schedule well.",
    "Our hopes rose with the tide.",
])
def test_no_opinion_verb(text):
    assert pairs(text) == []

# -- 'hope for' + what is hoped for; the noun after 'be' ('there was hope for') is no verb.


@pytest.mark.parametrize("text, expected", [
    ("Omar Tell is hoping for a second ferry.",
     [("Omar Tell", "is hoping for")]),
])
def test_hoping_for(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "There is still hope for the bakers.",
])
def test_hope_as_a_noun_after_be(text):
    assert pairs(text) == []

# -- 'expect' and 'fear' with a noun-phrase object: an attitude toward a thing.


@pytest.mark.parametrize("text, expected", [
    ("The ferry crew is expecting a busy weekend.",
     [("The ferry crew", "is expecting")]),
    ("Many tenants fear the new levy.",
     [("Many tenants", "fear")]),
])
def test_expecting_or_fearing_a_thing(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Jane Roe expected nothing.",
    "The tenants fear for nothing and nobody.",
])
def test_no_object_no_attitude(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Some tenants believe the long delay at the harbor office over the winter months hurt the bakers.",
     [("Some tenants", "believe")]),
    ("Few voters believe the mayor.",
     [("Few voters", "believe")]),
])
def test_believing_with_a_noun_phrase(text, expected):
    assert pairs(text) == expected


def test_think_with_a_clause_without_that():
    assert pairs("The bakers sang well, and I think Jane Roe won the crowd over.") == [("I", "think")]


def test_hope_with_a_long_clause_without_that():
    assert pairs("Jane Roe had hoped a long march by the bakers and their families would carry the vote.") == [
        ("Jane Roe", "had hoped")]

# -- 'continue to believe', 'began to fear': the aspect verb belongs to the cue, as with 'continued to say'.


def test_continue_to_believe():
    assert pairs("I continue to believe that the ferry will return.") == [("I", "continue to believe")]

# -- 'few' stands alone as a subject like 'many' and 'some' ('few believe ...').


@pytest.mark.parametrize("text, expected", [
    ("Yet few believe the old ferry will return.",
     [("few", "believe")]),
])
def test_few_as_a_subject(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "A few bakers stayed late.",
])
def test_few_without_a_view(text):
    assert pairs(text) == []

# -- 'feel like' + a clause: the feeling is a view, and 'like' joins the cue.


def test_feel_like_a_clause():
    assert pairs("Jane Roe felt like the harbor board had ignored her.") == [("Jane Roe", "felt like")]


def test_feel_like_without_a_view():
    assert pairs("The pier felt like home.") == []

# -- 'learn' and 'understand' join the verbs of knowing: cues with a clause after them, not with a skill.


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe learned that the ferry would stop in May.",
     [("Jane Roe", "learned")]),
    ("Omar Tell understands how hard the winter was for the bakers.",
     [("Omar Tell", "understands")]),
])
def test_learning_a_fact(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Jane Roe learned Spanish in Lisbon.",
    "The bakers understand the oven.",
])
def test_learning_a_skill(text):
    assert pairs(text) == []

# -- 'assume' + a clause is a belief; 'assuming' is mostly the conjunction 'if'.


def test_assuming_a_fact():
    assert pairs("Most bakers assumed that the levy would pass.") == [("Most bakers", "assumed")]


def test_assuming_as_if():
    assert pairs("The ferry costs ten dollars, assuming no further delay.") == []

# -- 'wish' + a clause is a stated desire; the noun ('her wish', 'best wishes') is not.


def test_wishing_a_state_of_affairs():
    assert pairs("The bakers wish the harbor board would listen.") == [("The bakers", "wish")]


@pytest.mark.parametrize("text", [
    "Her last wish was a quiet ferry ride.",
    "Jane Roe sent her best wishes to the crew.",
])
def test_wish_as_a_noun(text):
    assert pairs(text) == []


def test_imagining_a_state_of_affairs():
    assert pairs("Omar Tell imagined that the pier would be rebuilt.") == [("Omar Tell", "imagined")]


def test_imagining_a_thing():
    assert pairs("Omar Tell imagined a new pier.") == []

# -- 'came to believe', 'are inclined to believe': the verb governing the infinitive joins the cue, as with
#    'went on to say'.


@pytest.mark.parametrize("text, expected", [
    ("Omar Tell came to believe that the levy was unfair.",
     [("Omar Tell", "came to believe")]),
    ("Most bakers are inclined to believe the harbor board.",
     [("Most bakers", "are inclined to believe")]),
])
def test_believing_after_a_governing_verb(text, expected):
    assert pairs(text) == expected

# -- 'one' takes no plural noun, so a noun-like -s form after it is its verb ('no one knows what ...').


def test_no_one_knows():
    assert pairs("No one knows whether the ferry will run in May.") == [("No one", "knows")]


def test_one_plus_noun():
    assert pairs("One hope of the bakers is a second oven.") == []
