"""Engine 2026.8, reporting verbs the lexicon lacked (sentences written for the project).

Each family has positive cases (what the engine must find) and negative cases (what it must
leave alone).
"""

from __future__ import annotations

import pytest

from .helpers import pairs

# -- Verbs of citing and recalling: 'referenced', 'invoked', 'quoted', 'remembered', 'recognized'.


@pytest.mark.parametrize("text, expected", [
    ("The baker remembered that flour once cost half as much.",
     [("The baker", "remembered")]),
    ("Jane Roe recognized that the rent freeze had failed.",
     [("Jane Roe", "recognized")]),
    ("The council chair quoted the town charter: \"No bridge shall be sold.\"",
     [("The council chair", "quoted")]),
    ("Acme's lawyer referenced an old contract, arguing that the lease had lapsed.",
     [("Acme's lawyer", "referenced"), ("Acme's lawyer", "arguing")]),
    ("The mayor invoked the drought of 1988, saying the reservoir must never run dry again.",
     [("The mayor", "invoked"), ("The mayor", "saying")]),
])
def test_citing_and_recalling_verbs(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The plumber quoted us a fair price.",  # 'quote' needs a proposition after its object
    "The mayor made no reference to the strike.",
    "The quote on the mug was faded.",
    "Remember to lock the shed before you leave.",
    "The clause, rarely invoked, lets the council close roads.",
    "The remembered tune drifted across the bakery.",
])
def test_citing_verbs_without_a_speaker(text):
    assert pairs(text) == []

# -- Verbs of judging, picturing and urging: 'deemed', 'eviscerated', 'knocked ... as', 'envisions',
# 'articulated', 'encouraged', and 'threatened to' (only with an infinitive).


@pytest.mark.parametrize("text, expected", [
    ("The landlord threatened to raise the rent by a third.",
     [("The landlord", "threatened")]),
    ("Jane Roe envisions a town where every child can walk to school.",
     [("Jane Roe", "envisions")]),
    ("The inspectors deemed the old bridge unsafe.",
     [("The inspectors", "deemed")]),
    ("Critics eviscerated the bakery's new menu as bland and overpriced.",
     [("Critics", "eviscerated")]),
    ("The union leader articulated a plan to share the tips fairly.",
     [("The union leader", "articulated")]),
    ("The council encouraged residents to plant more trees.",
     [("The council", "encouraged")]),
    ("Omar Tell knocked the budget as a gift to developers.",
     [("Omar Tell", "knocked")]),
])
def test_judging_and_urging_verbs(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Volunteers knocked on every door in the ward.",  # 'knock' needs a proposition after its object
    "The storm threatened the harvest.",  # 'threaten' needs an infinitive
    "A threatened species of frog lives in the marsh.",
    "The teacher's encouraging smile calmed the class.",
    "The deemed value of the shares fell.",
])
def test_judging_verbs_that_report_nothing(text):
    assert pairs(text) == []

# -- Verbs of comparing, clarifying and foreseeing: 'likened', 'clarified', 'reaffirmed', 'interjected',
# 'satirized', 'foresees' (irregular), 'realized', 'downplayed', 'trumpeted', 'interpreted'.


@pytest.mark.parametrize("text, expected", [
    ("The mayor likened the new tax to a toll on breathing.",
     [("The mayor", "likened")]),
    ("A spokeswoman for Acme later clarified that the plant would stay open.",
     [("A spokeswoman for Acme", "later clarified")]),
    ("The board reaffirmed its support for the rent freeze.",
     [("The board", "reaffirmed")]),
    ("\"That is not true,\" the treasurer interjected.",
     [("the treasurer", "interjected")]),
    ("The comedy troupe satirized the council's parking rules.",
     [("The comedy troupe", "satirized")]),
    ("Omar Tell foresees a long winter for the ferry line.",
     [("Omar Tell", "foresees")]),
    ("Roe realized that the budget had a hole in it.",
     [("Roe", "realized")]),
    ("The developer downplayed the risk of flooding.",
     [("The developer", "downplayed")]),
    ("The bakery trumpeted its new sourdough as the best in town.",
     [("The bakery", "trumpeted")]),
    ("The judge interpreted the lease as a binding promise.",
     [("The judge", "interpreted")]),
])
def test_comparing_and_clarifying_verbs(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The trumpet sounded at dawn.",
    "Her painting was likened to a storm at sea.",
    "The realized gains were small.",
])
def test_comparing_verbs_without_a_speaker(text):
    assert pairs(text) == []

# -- 'likes' / 'liked' (never the preposition 'like') and the participle ', crediting ...'.


@pytest.mark.parametrize("text, expected", [
    ("The baker liked the idea of a Sunday market.",
     [("The baker", "liked")]),
    ("The mayor praised the firefighters, crediting them with saving the old mill.",
     [("The mayor", "praised"), ("The mayor", "crediting")]),
    ("Roe thanked the staff, crediting a new oven for the rise in sales.",
     [("Roe", "thanked"), ("Roe", "crediting")]),
])
def test_liking_and_crediting(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The town looks like a postcard in winter.",
    "Dogs like to run.",
    "The account was credited with ten dollars.",
    "The film credits list every volunteer.",
])
def test_like_and_credit_that_report_nothing(text):
    assert pairs(text) == []

# -- 'seek' / 'seeking' with an infinitive (like 'sought to'), and 'challenged'.


@pytest.mark.parametrize("text, expected", [
    ("The tenants union is seeking to block the sale of the building.",
     [("The tenants union", "is seeking")]),
    ("Jane Roe wrote to the council, seeking to delay the vote on the ferry.",
     [("Jane Roe", "wrote"), ("Jane Roe", "seeking")]),
    ("Omar Tell challenged the figures as inflated.",
     [("Omar Tell", "challenged")]),
])
def test_seeking_and_challenging(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The bakery is seeking a new manager.",  # an aim needs an infinitive
    "The hikers sought shelter from the rain.",
    "The climb was challenging for the older walkers.",
    "Residents face many challenges this winter.",
])
def test_seek_and_challenge_that_report_nothing(text):
    assert pairs(text) == []

# -- Phrasal reporting verbs whose particle belongs to the cue: 'laid out', 'shrugged off'.


@pytest.mark.parametrize("text, expected", [
    ("In a long memo, the city manager laid out why the pool had to close.",
     [("the city manager", "laid out")]),
    ("Jane Roe laid out a plan to fix the potholes by spring.",
     [("Jane Roe", "laid out")]),
    ("The baker shrugged off the bad review, saying the bread spoke for itself.",
     [("The baker", "shrugged off"), ("The baker", "saying")]),
])
def test_phrasal_laid_out_and_shrugged_off(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The hens laid eggs all winter.",  # without its particle 'lay' reports nothing
    "The workers laid the bricks in neat rows.",
    "Omar Tell shrugged and walked away.",
])
def test_lay_and_shrug_without_their_particle(text):
    assert pairs(text) == []

# -- Verbs of weighing and arguing: 'mulling', 'posits', 'pondered', 'surmised', and 'promoted'
# (only with a proposition after its object).


@pytest.mark.parametrize("text, expected", [
    ("The chamber of commerce promoted the festival as a boost for local shops.",
     [("The chamber of commerce", "promoted")]),
    ("Jane Roe is mulling a run for the county board.",
     [("Jane Roe", "is mulling")]),
    ("The study posits that cheaper rents keep young families in town.",
     [("The study", "posits")]),
    ("Omar Tell pondered whether the ferry could survive another winter.",
     [("Omar Tell", "pondered")]),
    ("The inspector surmised that the fire had started in the bakery's oven.",
     [("The inspector", "surmised")]),
])
def test_weighing_and_arguing_verbs(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Acme promoted Jane Roe to plant manager last spring.",  # a job, not a claim
    "The bakery ran a promotion on rye bread.",
])
def test_promote_without_a_proposition(text):
    assert pairs(text) == []
