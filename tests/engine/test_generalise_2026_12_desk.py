"""Engine 2026.12, unseen wire stories read as a desk reads them (sentences written for the project).

Earnings, recalls, data breaches, central banks, entertainment and defence stories: a record named
by an -ing noun ('a regulatory filing') is the whole source; a company described as 'one of the
largest carriers' is an organisation, not a person; a public body whose name starts like an outlet
is not that outlet; a press note in the passive ('could not be independently verified') is a note.
"""

from __future__ import annotations

import pytest

from .helpers import attributions, segments, sources

# -- A record named by an -ing noun is the whole source.

@pytest.mark.parametrize("text, source", [
    ("According to a regulatory filing, one cloud customer made up a third of sales.", "a regulatory filing"),
    ("According to a court filing, the shop owed rent for a year.", "a court filing"),
    ("The levy was lawful, according to the recent ruling.", "the recent ruling"),
])
def test_an_ing_record_is_the_whole_source(text, source):
    [(span, typ, _)] = sources(text)
    assert (span, typ) == (source, "document")


def test_an_ing_verb_is_not_made_a_record():
    # 'filing' is the verb of the content here; the only source is the lawyer.
    [(span, typ, _)] = sources("The landlord is filing a new suit, a tenant lawyer said.")
    assert span == "a tenant lawyer"


# -- 'one of the largest carriers' says the named source is a company.

def test_one_of_the_companies_types_the_name_and_lets_the_company_resolve():
    text = ("Hollis Mobile, one of the largest phone carriers in the north, said hackers took customer data. "
            "The stolen files held names but not card numbers, the company said.")
    first, second = sources(text)
    assert first[1:] == ("official", "Hollis Mobile")
    assert second == ("the company", "official", "Hollis Mobile")


@pytest.mark.parametrize("text", [
    "Dana Roe, one of the town's largest landlords, said rents would rise.",
    "Dana Roe, one of the firm's founders, said rents would rise.",
])
def test_one_of_the_people_stays_a_person(text):
    [(_, typ, canonical)] = sources(text)
    assert (typ, canonical) == ("person", "Dana Roe")


# -- An outlet's name at the start of a longer body's name is not the outlet.

def test_a_body_named_like_an_outlet_is_that_body():
    text = ("The Information Standards Office, the national data regulator, said it had opened an inquiry.")
    [(_, typ, canonical)] = sources(text)
    assert (typ, canonical) == ("government", "The Information Standards Office")


@pytest.mark.parametrize("text", [
    "The Information reported that the startup had raised new money.",
    "Fox Business Network reported that the startup had raised new money.",
])
def test_the_outlet_itself_stays_an_outlet(text):
    [(_, typ, _)] = sources(text)
    assert typ == "news_outlet"


# -- Press notes in the passive or the perfect are notes.

def test_a_passive_verification_note_is_a_note_and_flags_the_claim_before():
    text = "The ministry said its guns had hit two depots. The claims could not be independently verified."
    claim, note = segments(text)
    assert note["kind"] == "note"
    assert "not_independently_verified" in claim["flags"]


def test_a_club_that_has_not_commented_is_a_note():
    [seg] = segments("The club has not commented publicly on the trade.")
    assert seg["kind"] == "note"


@pytest.mark.parametrize("text", [
    # Content a source gives: not the newsroom's own note.
    "The agency said the toll could not be confirmed until Friday.",
    "The club has not committed to the trade, a team official said.",
])
def test_a_source_saying_something_is_unconfirmed_is_a_claim(text):
    assert [s["kind"] for s in segments(text)] == ["claim"]


# -- Outlets: sports and entertainment names, and 'Name magazine'.

@pytest.mark.parametrize("text, canonical", [
    ("ESPN reported last week that two other teams had asked about the shortstop.", "ESPN"),
    ("The Athletic reported that the deal was close.", "The Athletic"),
    ("Morrow would be paid $8 million, according to a report in Stagelight magazine.", "Stagelight magazine"),
])
def test_an_outlet_is_a_news_outlet(text, canonical):
    [(_, typ, canon)] = sources(text)
    assert (typ, canon) == ("news_outlet", canonical)


def test_the_magazine_resolves_to_the_named_magazine():
    text = ("The singer would be paid $8 million, according to a report in Stagelight magazine. "
            "The magazine reported that contracts could be signed within weeks.")
    assert sources(text)[1] == ("The magazine", "news_outlet", "Stagelight magazine")


@pytest.mark.parametrize("text", [
    "The athletic director said the team would travel on Friday.",
    "Dana Roe, a magazine editor, said the issue sold out.",
])
def test_athletic_and_magazine_words_alone_are_not_outlets(text):
    [(_, typ, _)] = sources(text)
    assert typ == "person"


# -- A public office by name is a public body, and 'the agency' points back to it.

def test_a_named_office_is_government_and_the_agency_resolves_to_it():
    text = ("The past year was the warmest on record, the World Weather Office said on Monday. "
            "The agency said it would update its forecast in March.")
    first, second = sources(text)
    assert first[1] == "government"
    assert second == ("The agency", "government", first[2])


def test_the_regulator_resolves_to_a_regulator_named_as_an_office():
    text = ("The Data Standards Office, the national data regulator, said it had opened an inquiry. "
            '"Firms must protect what they hold," the regulator said.')
    assert sources(text)[1][2] == "The Data Standards Office"


def test_an_office_worker_is_not_an_office():
    [(_, typ, _)] = sources("An office manager at the plant said the shift had been cut.")
    assert typ == "person"


# -- A leader of a public body named by its possessive speaks for that body.

@pytest.mark.parametrize("text", [
    "Dr. Omar Tell, the agency's director of infection control, said the fungus spreads quietly.",
    "Ana Ruiz, the city's emergency management director, said the shelters were full.",
])
def test_the_agency_s_director_is_government(text):
    [(_, typ, _)] = sources(text)
    assert typ == "government"


@pytest.mark.parametrize("text, expected", [
    ("Dana Roe, the company's chief executive, said orders were strong.", "official"),
    # The party she leads is not the state that owns the possessive.
    ("Dana Roe, the state's Green party leader, said the count was slow.", "official"),
])
def test_a_leader_of_a_company_or_party_is_not_government(text, expected):
    [(_, typ, _)] = sources(text)
    assert typ == expected


# -- Unnamed people named by what they are stay a vague group at the start of a sentence too.

@pytest.mark.parametrize("text", [
    "Drivers who backed the law said the ruling would cost them money.",
    "Workers at the plant said the line had been stopped twice.",
])
def test_a_sentence_initial_group_of_people_is_unspecified(text):
    [(_, typ, _)] = sources(text)
    assert typ == "unspecified"


def test_a_named_person_at_the_start_is_still_a_person():
    [(_, typ, _)] = sources("Maria Fuentes, who drives for two apps, said she earns less than before.")
    assert typ == "person"


# -- 'told the Boston Ledger': an outlet the gazetteer does not know still relays, and the speaker
# stays the antecedent of the next pronoun.

def test_an_outlet_shaped_recipient_is_a_relay():
    text = "Two people familiar with the trial told the Boston Ledger that the board had seen a trend."
    relays = [(a["source"]["text"], a["source"]["type"]) for a in attributions(text, role="relay")]
    assert relays == [("the Boston Ledger", "news_outlet")]


@pytest.mark.parametrize("text", [
    "Two nurses told the ward manager that the board had seen a trend.",
    "Two nurses told Dana Roe that the board had seen a trend.",
])
def test_a_person_told_is_no_relay(text):
    assert attributions(text, role="relay") == []


def test_they_after_an_outlet_was_told_is_the_speakers_not_the_outlet():
    text = ("Two nurses told the Boston Ledger that the ward had closed. "
            "They said the board had known since March.")
    assert sources(text)[-1][2] == "Two nurses"


# -- Conceding a race reports nothing; conceding a point does.

@pytest.mark.parametrize("text", [
    "Glen Hadley conceded shortly after 11 p.m.",
    "Glen Hadley conceded on Tuesday night.",
    "Glen Hadley conceded the race to his rival on Tuesday.",
])
def test_conceding_the_contest_is_no_attribution(text):
    assert attributions(text) == []


@pytest.mark.parametrize("text", [
    "Glen Hadley conceded that the count was fair.",
    "Glen Hadley conceded on Tuesday that the count was fair.",
    '"The count was fair," Glen Hadley conceded on Tuesday.',
    "Glen Hadley conceded the point that turnout had been low.",
])
def test_conceding_a_point_is_still_attributed(text):
    assert [a["cue"]["text"] for a in attributions(text)] == ["conceded"]


# -- 'Name of Body': the person is the source's name and type; the surname later finds it.

@pytest.mark.parametrize("text, canonical", [
    ("Meteorologist Jonah Pell of the private forecaster SkyTrack said the storm would grow. "
     "Pell said the water was warm.", "Jonah Pell"),
    ("Analyst Dana Roe of Halden Securities said margins would widen. Roe said orders were strong.", "Dana Roe"),
])
def test_a_person_of_a_body_is_that_person(text, canonical):
    first, second = sources(text)
    assert first[1:] == ("person", canonical)
    assert second[1:] == ("person", canonical)


@pytest.mark.parametrize("text, canonical", [
    ("Bank of Elmwood said rates would rise.", "Bank of Elmwood"),
    ("The Republic of Velmora said the border was closed.", "The Republic of Velmora"),
])
def test_a_body_named_with_of_keeps_its_name(text, canonical):
    [(_, typ, canon)] = sources(text)
    assert canon == canonical
    assert typ != "person"


# -- 'the person' is one of the people familiar with the matter.

def test_the_person_is_one_of_the_people_named_before():
    text = ("The grocer is exploring a sale of its bakery unit, according to people familiar with the matter. "
            "No decision has been made, the person said.")
    assert sources(text)[1] == ("the person", "anonymous", "people familiar with the matter")


def test_the_person_after_a_named_official_stays_unresolved():
    text = "Mayor Ann Roe said the vote would slip. The person said the count was slow."
    assert sources(text)[1][2] == "The person"


# -- 'the carrier' is a business even when no company was quoted before it.

@pytest.mark.parametrize("text", [
    "Skyward Air will cut 1,200 jobs by next year, the carrier said on Wednesday.",
    "The trial was halted after a safety review, the drugmaker said.",
])
def test_a_definite_business_head_is_official(text):
    [(_, typ, _)] = sources(text)
    assert typ == "official"


def test_a_letter_carrier_is_no_business():
    [(_, typ, _)] = sources("A letter carrier said the road had flooded twice.")
    assert typ != "official"


# -- A channel number inside an outlet's name; a secretary-general is a public office.

def test_a_numbered_channel_relays():
    text = "Sources told Channel 9 News that the airline had considered closing a hub."
    relays = [(a["source"]["text"], a["source"]["type"]) for a in attributions(text, role="relay")]
    assert relays == [("Channel 9 News", "news_outlet")]


def test_a_number_alone_after_a_name_is_no_outlet():
    [(_, typ, _)] = sources("Route 9 residents said the road had flooded twice.")
    assert typ != "news_outlet"


def test_a_secretary_general_is_government():
    text = '"Every fraction of a degree matters," Secretary-General Ingrid Halvorsen said in a statement.'
    [(_, typ, _)] = sources(text)
    assert typ == "government"


def test_the_agency_is_not_its_secretary_general():
    text = ("The year was the warmest on record, the World Weather Office said. "
            '"Every fraction of a degree matters," Secretary-General Ingrid Halvorsen said. '
            "The agency said it would update its forecast in March.")
    assert sources(text)[-1][2] == "the World Weather Office"


# -- The leader of a body known by its initials speaks for that body, not for the state.

@pytest.mark.parametrize("text", [
    '"These workers showed the way," UAW President Carla Dunmore said at a rally.',
    "NAACP President Omar Tell said the map diluted Black votes.",
])
def test_a_leader_of_a_body_named_by_initials_is_official(text):
    [(_, typ, _)] = sources(text)
    assert typ == "official"


@pytest.mark.parametrize("text", [
    "FBI Director Ann Roe said the inquiry was closed.",
    "EPA Administrator Ann Roe said the rule would stand.",
])
def test_a_public_body_s_initials_stay_government(text):
    [(_, typ, _)] = sources(text)
    assert typ == "government"


# -- A tally of reported events is no hedge.

@pytest.mark.parametrize("text, cues", [
    ("No casualties were reported, the ministry said in a statement.", ["said in a statement"]),
    ("The agency said 1,240 infections were reported in 2026.", ["said"]),
])
def test_a_count_of_reported_events_is_no_attribution(text, cues):
    assert [a["cue"]["text"] for a in attributions(text)] == cues


def test_a_reported_claim_is_still_hedged():
    [seg] = segments("The ferry deal was reported to be close.")
    assert seg["status"] == "hedged"


# -- Representatives speak for whom they represent.

@pytest.mark.parametrize("text", [
    "Representatives for the singer did not respond to requests for comment.",
    "Her representatives said the tour would go ahead.",
])
def test_representatives_are_official(text):
    [(_, typ, _)] = sources(text)
    assert typ == "official"


def test_state_representatives_are_government():
    [(_, typ, _)] = sources("State Representatives Ann Roe and Omar Tell said the bill would pass.")
    assert typ == "government"
