"""Engine 2026.12, everyday wire stories read as a desk reads them (sentences written for the project):
a wildfire, tech layoffs, a sentencing, a transit budget, a sports injury.

A verb's base form before the people it names is a noun ('fire officials said'); local offices
('County Supervisor', 'Alderman') make one person and stay titles; a plural common noun that opens
a sentence ('Parents said', 'Labor groups criticized') is a vague collective, not a name; a later
reference to a source is its latest mention, so 'It' after 'The company said' is that company;
'would not comment' is a note; 'the tech news site X' is an outlet; the leader of a body named by
its possessive speaks for that body even with her name after the comma.
"""

from __future__ import annotations

import pytest

from provenance.engine.source_types import classify, possessive_outlet

from .helpers import pairs, segments, sources

# -- 'fire officials': a verb's base form used as a noun before the people it names.

@pytest.mark.parametrize("text, source", [
    ("The blaze had burned 4,000 acres by Tuesday, fire officials said, and forced 900 people from their homes.",
     "fire officials"),
    ("The trail stays closed, fire department officials said.", "fire department officials"),
    ("The clinic will open late, support staff said.", "support staff"),
])
def test_a_verb_form_before_the_people_it_names_is_part_of_the_subject(text, source):
    assert pairs(text) == [(source, "said")]


@pytest.mark.parametrize("text, source", [
    # After an auxiliary or 'to' the word is the verb, and the people are its object.
    ("The mayor will fire officials who lied, aides said.", "aides"),
    ("The board voted to fire officials, its chair said.", "its chair"),
])
def test_the_same_word_after_an_auxiliary_stays_a_verb(text, source):
    assert source in [s for s, _ in pairs(text)]
    assert not any(s and "officials" in s for s, _ in pairs(text))


# -- Local offices: one person, and a title when capitalised before the name.

def test_he_after_a_county_supervisor_is_the_supervisor_not_an_earlier_spokesperson():
    text = ("A spokesperson for Valley Electric declined to comment. County Supervisor Ben Oyelaran said the "
            "county would open a second shelter. He added that volunteers had delivered 3,000 meals.")
    he = sources(text)[-1]
    assert he[0] == "He"
    assert he[2] == "County Supervisor Ben Oyelaran"


def test_he_skips_a_plural_group_for_the_named_official():
    text = ("County Treasurer Ana Ruiz said the fund was short. County officials said the audit was late. "
            "She added that the shortfall was small.")
    assert sources(text)[-1][2] == "County Treasurer Ana Ruiz"


@pytest.mark.parametrize("text, canonical", [
    ("Alderman Tom Baker said the ward needs a clinic.", "Alderman Tom Baker"),  # a title
    ("Superintendent Rosa Delgado said the schools would open on time.", "Superintendent Rosa Delgado"),
    ("county treasurer Ana Ruiz said the fund was short.", "Ana Ruiz"),  # a lower-case job is a description
])
def test_a_capitalised_local_office_stays_in_the_name(text, canonical):
    [(_, _, name)] = sources(text)
    assert name == canonical


def test_a_surname_first_named_after_a_chairman_title_is_a_person():
    text = "The vote was delayed by Chairman Omar Tell, the minutes show. Tell said the delay was needed."
    tell = [s for s in sources(text) if s[0] == "Tell"]
    assert tell and tell[0][1] == "person"


def test_a_bare_name_nobody_introduced_is_still_an_organisation():
    assert sources("Kestrel said the plant would reopen.")[0][1] == "official"


# -- A plural common noun that opens a sentence is a vague collective, not a name.

@pytest.mark.parametrize("text", ["Parents", "Doctors", "Labor groups", "Environmental groups", "Investors"])
def test_a_capitalised_plural_common_noun_is_unspecified(text):
    assert classify(text) == "unspecified"


@pytest.mark.parametrize("text, typ", [
    ("Jane Roe", "person"), ("Acme Holdings", "official"), ("the news", "unspecified"),
])
def test_names_and_singular_heads_keep_their_type(text, typ):
    assert classify(text) == typ


def test_parents_said_is_a_hedged_claim_not_an_organisation():
    [seg] = segments("Parents said the fees had risen three times.")
    assert seg["status"] == "hedged"
    assert seg["attributions"][0]["source"]["type"] == "unspecified"


# -- A later reference is the source's latest mention.

def test_the_company_and_it_after_analysts_at_a_firm_are_the_company_named_first():
    text = ("Brightline Software is cutting 600 jobs, the company said on Wednesday. The memo was first reported by "
            "the tech news site Circuitline. Analysts at Fenwick Partners said the cuts could save $90 million. "
            "The company said workers would get 16 weeks of pay. It did not say which offices would close.")
    found = {span: (typ, canonical) for span, typ, canonical in sources(text)}
    assert found["The company"] == ("official", "Brightline Software")
    assert found["It"] == ("official", "Brightline Software")
    assert found["the tech news site Circuitline"][0] == "news_outlet"


def test_it_after_the_company_points_to_that_company_not_one_named_in_between():
    text = ("Acme Corp. said sales fell. Kestrel Motors said its sales rose. The company said it would hire. "
            "It declined to give a number.")
    found = sources(text)
    assert found[2][2] == "Kestrel Motors"
    assert found[-1][2] == "Kestrel Motors"


# -- Notes, outlets, leaders, agencies.

@pytest.mark.parametrize("text", [
    "A team spokesman would not comment on the report.",
    "The mayor's office wouldn't discuss the case.",
    "Acme would not immediately respond.",
])
def test_would_not_comment_is_a_note(text):
    [seg] = segments(text)
    assert seg["kind"] == "note"


@pytest.mark.parametrize("text", [
    "The mayor said the plan would not harm renters.",
    "The bridge would not reopen before May, engineers said.",
])
def test_would_not_before_other_verbs_is_a_claim(text):
    assert segments(text)[0]["kind"] == "claim"


@pytest.mark.parametrize("text, typ", [
    ("the tech news site Circuitline", "news_outlet"),
    ("the wire service Harbor Press", "news_outlet"),
    ("the site manager", "person"),
])
def test_a_news_site_named_after_its_description_is_an_outlet(text, typ):
    assert classify(text) == typ


@pytest.mark.parametrize("text, typ", [
    ("The league's current president, Anne Whitlock", "official"),
    ("The group's executive director, Betty Lang", "official"),
    ("the city's mayor, Jane Roe", "government"),
])
def test_the_leader_of_a_body_named_by_its_possessive_speaks_for_it(text, typ):
    assert classify(text) == typ


@pytest.mark.parametrize("text", [
    "Winds will ease by Thursday, the National Weather Service said.",
    "The NTSB said the pilot had reported engine trouble.",
])
def test_federal_safety_and_weather_agencies_are_government(text):
    [(_, typ, _)] = sources(text)
    assert typ == "government"


# -- Second reading: housing data, an obituary, tuition, a restaurant inspection, a launch.

def test_a_participle_with_a_date_keeps_its_agent_in_the_source():
    text = "Prices rose 7 percent, according to data released Tuesday by the Elmwood Association of Realtors."
    assert pairs(text) == [("data released Tuesday by the Elmwood Association of Realtors", "according to")]


def test_a_participle_with_a_date_keeps_where_it_appeared():
    text = "Walking helps memory, according to a study published Wednesday in the journal Brain Health."
    assert pairs(text) == [("a study published Wednesday in the journal Brain Health", "according to")]


def test_a_participle_with_a_date_and_no_agent_ends_at_the_date():
    text = "Prices rose 7 percent, according to a report released Monday."
    assert pairs(text) == [("a report released Monday", "according to")]
    text = "A report released Monday in the capital said prices rose."
    assert ("A report released Monday in the capital", "said") in pairs(text)


@pytest.mark.parametrize("text, typ", [
    ("her son, David Oduya", "person"),  # a relative described, then named
    ("Health department spokesman Carlos Mendoza", "government"),  # a public body's spokesman
    ("a spokeswoman for the state police", "government"),
    ("a Kestrel spokesman", "official"),  # a company's stays an organisation
    ("The city's housing director, Camille Boateng", "government"),  # the leader of a public body
    ("the union's president", "official"),
    ("NASA", "government"),
    ("NOAA", "government"),
])
def test_who_a_described_source_speaks_for(text, typ):
    assert classify(text) == typ


def test_citing_a_reason_with_a_public_word_is_no_source():
    text = "The board raised fees on Friday, citing state cuts."
    assert not any(src == "state cuts" for src, _ in pairs(text))


@pytest.mark.parametrize("text, source", [
    ("Prices rose, the Courier reported, citing state officials.", "state officials"),
    ("The plant will close, the company said, citing state records.", "state records"),
])
def test_citing_officials_or_records_is_a_source(text, source):
    assert source in [src for src, _ in pairs(text)]


# -- 'she' after the story has moved on to 'Ms. X', who opened a sentence since the last source spoke.

def test_she_is_the_honorific_subject_named_after_the_last_source():
    text = ("Former Mayor Helen Park called her a hero in a statement. Ms. Oduya was born in Lagos and moved to "
            "Elmwood in 1962. In an interview in 2009, she said she had started the program for a neighbor.")
    assert sources(text)[-1] == ("she", "person", "Ms. Oduya")


def test_the_honorific_subject_takes_the_full_name_the_story_gave():
    text = ("Margaret Oduya founded the program in 1979. Former Mayor Helen Park called her a hero. "
            "Ms. Oduya was born in Lagos. Later she said the program had changed her life.")
    assert sources(text)[-1][2] == "Margaret Oduya"


@pytest.mark.parametrize("text", [
    # The honorific is a man: 'she' keeps the woman who spoke.
    "Jane Roe said the port would close. Mr. Lee was born in Ohio. She added that talks would resume.",
    # 'Ms. Lee' is in the pronoun's own sentence (the content), not a sentence before it.
    "Jane Roe said the port would close. Ms. Lee was wrong, she said.",
    # A possessive opens the sentence: its subject is the plan, not Ms. Lee.
    "Jane Roe said the port would close. Ms. Lee's plan failed in May. She added that talks would resume.",
])
def test_she_keeps_the_last_source_without_a_later_honorific_subject(text):
    assert sources(text)[-1][2] == "Jane Roe"


# -- Federal agencies known by their initials; their spokespeople speak for the government.

@pytest.mark.parametrize("text", [
    "A FEMA spokesman, Derek Lyle, said inspectors had been slowed by closed roads.",
    "An ICE spokeswoman said the detainee had been moved.",
    "The TSA said screening times would rise over the holiday.",
])
def test_a_federal_agency_by_its_initials_is_government(text):
    [(_, typ, _)] = sources(text)
    assert typ == "government"


def test_an_outlet_or_company_spokesman_is_not_government():
    assert classify("a Reuters spokeswoman") != "government"
    assert classify("a Kestrel spokesman") == "official"


# -- Third reading: merger talks, a police shooting, flood aid, a study, a border crossing, a trade rumour.

@pytest.mark.parametrize("text, typ", [
    ("A league source", "anonymous"),
    ("Another source", "anonymous"),
    ("one campaign source", "anonymous"),
    ("Truck drivers waiting at the border", "unspecified"),  # the head is 'drivers', not 'border'
    ("families living in the flats", "unspecified"),
    ("The building manager", "person"),  # a noun in -ing is no participle
    ("The World Trade Organization", "government"),
])
def test_types_of_unnamed_and_intergovernmental_sources(text, typ):
    assert classify(text) == typ


def test_an_outlets_reporter_is_the_outlets_reporting_and_still_one_person():
    text = ("The team discussed a trade, according to ESPN's Marisa Chen. Jane Roe said the team would not "
            "comment. Later she said the deal was close.")
    first = sources(text)[0]
    assert first == ("ESPN's Marisa Chen", "news_outlet", "ESPN")


def test_a_reporter_pronoun_points_back_to_the_reporter_not_past_her():
    text = ("Mayor Tom Baker said the levy would pass. The deal was close, according to ESPN's Marisa Chen. "
            "She said the vote was set.")
    assert sources(text)[-1][2] == "ESPN"  # not the mayor named before her


@pytest.mark.parametrize("text", [
    "ESPN's new stadium",  # an outlet's possessive before a thing, not a person's name
    "Acme's Jane Roe",  # a company's, not an outlet's
])
def test_only_an_outlets_possessive_before_a_name_is_an_outlet(text):
    assert possessive_outlet(text.split()) is None


# -- A headline label names who speaks, not a topic.

@pytest.mark.parametrize("headline", [
    "Granite Mills layoffs: 300 jobs to go at the paper plant",
    "Budget vote: council splits over the harbor levy plan",
])
def test_a_topic_before_a_headline_colon_is_no_speaker(headline):
    text = headline + "\n\nThe mill will close in May, the company said."
    assert [s for s, _ in pairs(text)] == ["the company"]


@pytest.mark.parametrize("headline, speaker", [
    ("Mayor Ruiz: Bridge will reopen in May after the repairs", "Mayor Ruiz"),
    ("Union leader: Strike will go on until the contract is fair", "Union leader"),
    ("Acme camp: The merger vote will pass next week", "Acme camp"),
])
def test_a_person_or_body_before_a_headline_colon_speaks(headline, speaker):
    text = headline + "\n\nThe story goes on, officials said."
    assert pairs(text)[0] == (speaker, ":")


# -- A body named after a person's 'of' is a mention for 'the department', never for a pronoun.

def test_the_department_is_the_one_named_after_the_speaker_not_an_earlier_office():
    text = ("The fire started near a campground, according to the Harlan County Sheriff's Office. Crews were "
            "stretched thin, said Battalion Chief Rosa Delgado of the state forestry department. Two firefighters "
            "were hurt, the department said.")
    assert sources(text)[-1] == ("the department", "government", "the state forestry department")


def test_a_pronoun_after_the_speaker_skips_the_body_named_in_her_span():
    text = ("Some tax experts said the plan was short. \"It will not pay for itself,\" said Dana Roe of the Harbor "
            "Tax Policy Institute. They said the gap would grow.")
    assert sources(text)[-1][2] == "Some tax experts"
