"""Engine 2026.14, unseen stories read as a desk reads them (sentences written for the project).

Emergency news: crews, officers and medics 'respond to' a call, a scene or reports of a fire, which is
no reply and no cue; a reply to words ('responded to the criticism') still is, and so is the note that
someone 'did not respond to calls'. 'A 911 call' is a noun phrase, never '911' calling.
"""

from __future__ import annotations

import pytest

from .helpers import attributions, pairs, segments, sources

# -- responding to an emergency is not a reply


@pytest.mark.parametrize("text, speaker", [
    ("A deputy who responded to the call said the door had been forced.", "A deputy who responded to the call"),
    ("Firefighters who responded to a 911 call about smoke said the building was empty.",
     "Firefighters who responded to a 911 call about smoke"),
    ("Paramedics responded to the scene within minutes, hospital officials said.", "hospital officials"),
    ("Troopers responded to reports of a pileup on the interstate, a state police spokeswoman said.",
     "a state police spokeswoman"),
    ("Two engine companies responded to the blaze shortly after midnight, the fire chief said.", "the fire chief"),
])
def test_an_emergency_response_is_no_cue(text, speaker):
    found = pairs(text)
    assert [cue for _, cue in found] == ["said"]
    assert found[0][0] == speaker


@pytest.mark.parametrize("text, cue", [
    ("The senator responded to the criticism, saying the bill was fair.", "responded to"),
    ("The mayor responded to calls for her resignation by saying she would stay.", "responded to"),
    ("Roe responded to the report, calling it biased.", "responded to"),
    ("The agency responded to reports that it had lost the files, saying every record was safe.", "responded to"),
])
def test_a_reply_to_words_or_a_request_is_still_a_cue(text, cue):
    assert cue in [c for _, c in pairs(text)]


@pytest.mark.parametrize("text", [
    "The landlord did not respond to calls.",
    "Roe did not immediately respond to several calls and emails seeking comment.",
    "The clinic never responded to calls from the newspaper.",
])
def test_not_responding_to_calls_stays_a_note(text):
    cues = [a["cue"]["text"] for a in attributions(text)]
    assert len(cues) == 1 and "respond" in cues[0]


def test_a_911_call_is_a_noun_phrase_before_the_speaker_verb():
    text = "A neighbor who made a 911 call about the smoke said the hallway was dark."
    found = pairs(text)
    assert [cue for _, cue in found] == ["said"]
    assert found[0][0].startswith("A neighbor")


def test_a_count_before_a_plural_verb_is_still_a_subject():
    # '19 support': a number with no 'a' before it counts the people who speak.
    text = "Of the 30 council members, 19 support the plan, the clerk said."
    assert "support" in [cue for _, cue in pairs(text)]


# -- 'a man who investigators believe set the fire': the belief's proposition opens on its gap


@pytest.mark.parametrize("text, speaker, cue", [
    ("Police are searching for a man who investigators believe set the fire.", "investigators", "believe"),
    ("Police are looking for a woman who detectives think drove the van.", "detectives", "think"),
    ("Deputies arrested a teenager who prosecutors allege stole two trucks.", "prosecutors", "allege"),
])
def test_who_then_a_believer_reports_what_the_person_did(text, speaker, cue):
    assert (speaker, cue) in pairs(text)


@pytest.mark.parametrize("text", [
    # a belief about a thing after 'that' is the writer's account, not an allegation about a person
    "The campaign kept the slogans that its strategists believe worked in the primary.",
    "The council dropped the levy that its members think failed the town.",
])
def test_no_gapped_belief_after_that(text):
    assert not {"believe", "think"} & {cue for _, cue in pairs(text)}


# -- questioning or citing a person: an interrogation or a ticket


@pytest.mark.parametrize("text, cues", [
    ("Detectives questioned a driver who witnesses say ran a red light.", ["say"]),
    ("Investigators questioned two teenagers and released them, police said.", ["said"]),
    ("Police cited the owner for keeping the exits locked, the fire marshal said.", ["said"]),
])
def test_questioning_or_citing_a_person_is_no_cue(text, cues):
    assert [cue for _, cue in pairs(text)] == cues


@pytest.mark.parametrize("text, cue", [
    ("The senator questioned the driver's account of the crash.", "questioned"),
    ("Critics questioned whether the bridge was safe.", "questioned"),
    ("The report cited a witness who saw the crash.", "cited"),
    ("The audit questioned the spending, calling it lax.", "questioned"),
])
def test_doubt_and_quoting_a_source_stay_cues(text, cue):
    assert cue in [c for _, c in pairs(text)]


# -- a noun with an '-ing' phrase before the verb: 'A man carrying a sign said'


@pytest.mark.parametrize("text, speaker", [
    ("A man carrying a sign said he had walked from Ohio.", "A man carrying a sign"),
    ("The woman running the kitchen said supplies were low.", "The woman running the kitchen"),
    ("Volunteers handing out flyers said the shelter would stay open.", "Volunteers handing out flyers"),
    ("Crews cleaning up the river said the spill was small.", "Crews cleaning up the river"),
])
def test_a_noun_with_a_participle_phrase_speaks(text, speaker):
    assert (speaker, "said") in pairs(text)


@pytest.mark.parametrize("text", [
    # 'own' before a verb form makes it a noun ('its own fumes'), whatever the participle before it
    "The river keeps a city choking on its own fumes.",
    # a participle after a preposition's object is no subject of the verb after it
    "Tenants in the building facing the river claim nothing.",
])
def test_a_participle_phrase_does_not_make_a_noun_a_verb(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, speaker, kind", [
    ("An aide speaking on condition of anonymity said the vote would slip.",
     "An aide speaking on condition of anonymity", "anonymous"),
    ("Two officials speaking on condition of anonymity said the talks had stalled.",
     "Two officials speaking on condition of anonymity", "anonymous"),
    ("A lawyer speaking on behalf of the tenants said the eviction was illegal.",
     "A lawyer speaking on behalf of the tenants", None),
])
def test_speaking_after_a_noun_describes_the_speaker(text, speaker, kind):
    found = [(a["source"]["text"], a["source"]["type"]) for a in attributions(text) if a["source"]]
    assert [s for s, _ in found] == [speaker]
    if kind:
        assert found[0][1] == kind


def test_speaking_that_opens_the_sentence_is_still_an_adjunct():
    text = "Speaking at a rally in Elmwood, the governor said the bridge would reopen."
    assert ("the governor", "said") in pairs(text)


# -- police and courts below the chief speak for their office


@pytest.mark.parametrize("text, speaker", [
    ("Detectives said the fire was set on purpose.", "Detectives"),
    ("State troopers said the road would stay closed.", "State troopers"),
    ("The Marshals Service said the fugitive was caught in Texas.", "The Marshals Service"),
    ("Health inspectors said the kitchen had no hot water.", "Health inspectors"),
    ("The county coroner said the victim had died of smoke inhalation.", "The county coroner"),
])
def test_police_and_court_officers_are_government(text, speaker):
    assert sources(text)[0][:2] == (speaker, "government")


def test_a_marshal_of_a_parade_is_still_typed_by_the_head():
    # 'grand marshal' is an honour, not an office ('marshal' alone names no public body)
    text = "Jane Roe, the parade's grand marshal, said the route would change."
    assert sources(text)[0][1] != "government"


# -- 'Experts not involved in the study said': a negated participle describes the speakers


@pytest.mark.parametrize("text, speaker, cue", [
    ("Experts not involved in the research called the findings plausible.",
     "Experts not involved in the research", "called"),
    ("Scientists not involved in the study said the results were striking.",
     "Scientists not involved in the study", "said"),
    ("Doctors not affiliated with the clinic said the claims were false.",
     "Doctors not affiliated with the clinic", "said"),
])
def test_a_negated_participle_phrase_stays_in_the_subject(text, speaker, cue):
    assert pairs(text) == [(speaker, cue)]


@pytest.mark.parametrize("text, expected", [
    ("The bill was not passed by the council, the clerk said.", [("the clerk", "said")]),
    ("The tenants were not told about the sale, their lawyer said.", [("their lawyer", "said")]),
])
def test_a_negated_passive_is_no_subject(text, expected):
    assert pairs(text) == expected


# -- typing by the head: an outlet the speakers talked to, a participle phrase after the head


@pytest.mark.parametrize("text, speaker", [
    ("Residents who spoke to the Courier described a chaotic afternoon.", "Residents who spoke to the Courier"),
    ("Shop owners talking with the Riverton Gazette said sales had halved.",
     "Shop owners talking with the Riverton Gazette"),
])
def test_people_who_talked_to_an_outlet_are_not_the_outlet(text, speaker):
    [(found, kind, canonical)] = sources(text)
    assert found == speaker and kind != "news_outlet" and canonical != "Courier"


def test_an_outlet_that_reports_is_still_an_outlet():
    assert sources("The Courier reported that the mayor would resign.")[0][1] == "news_outlet"


@pytest.mark.parametrize("text, kind", [
    ("Volunteers handing out flyers said the shelter would stay open.", "person"),
    ("A man carrying a sign said he had walked from Ohio.", "person"),
])
def test_the_head_before_a_participle_phrase_types_the_source(text, kind):
    # ('flyers', 'sign' are printed matter, but they are what the speakers carry)
    assert sources(text)[0][1] == kind


@pytest.mark.parametrize("text, kind", [
    ("The river crested at 19 feet, according to a bulletin posted on the county's website.", "document"),
    ("The school will close early, according to a statement posted on its website.", "official"),
    ("The mayor was wrong, according to a video posted on Facebook.", "social_media"),
    ("Two roads were closed, according to a BBC news bulletin.", "news_outlet"),
])
def test_posted_names_no_platform_by_itself(text, kind):
    assert sources(text)[0][1] == kind


# -- the writer's contact line is page furniture


@pytest.mark.parametrize("line", [
    "Jane Roe can be reached at jroe@courier.example.com.",
    "She can be reached at 555-0100.",
    "Contact the reporter at jroe@example.com.",
    "Reach Jane Roe on X @jroe.",
])
def test_a_contact_line_is_boilerplate(line):
    text = f"Levee fails in Riverton\n\nThe levee broke on Tuesday, officials said.\n\n{line}\n"
    kinds = [s["kind"] for s in segments(text)]
    assert kinds[-1] == "boilerplate" and kinds[1] == "claim"


@pytest.mark.parametrize("line", [
    "The mayor can be reached at city hall most days, aides said.",
    "Officials said the victims could not be reached.",
    "Contact tracers reached 300 people by phone, the health department said.",
])
def test_story_sentences_about_reaching_people_stay_story(line):
    # (a claim, or a note when it says someone could not be reached: never page furniture)
    text = f"Levee fails in Riverton\n\n{line}\n"
    assert [s["kind"] for s in segments(text)][-1] != "boilerplate"


@pytest.mark.parametrize("text, canonical", [
    ('"It is a huge loss," coach Elena Brandt told reporters.', "Elena Brandt"),
    ("Retired teacher Mike Lund said the water came up through the drains.", "Mike Lund"),
])
def test_a_persons_role_before_the_name_is_a_person(text, canonical):
    assert sources(text)[0][1:] == ("person", canonical)


@pytest.mark.parametrize("text", [
    "The carmaker Kestrel said the recall would cover 40,000 vans.",
    "Retailer Freshway said it would close 40 stores.",
])
def test_a_kind_of_business_before_its_name_is_an_organisation(text):
    assert sources(text)[0][1] == "official"


def test_a_proposal_is_a_document():
    text = ("Bus fares will rise by 50 cents in January, according to a budget proposal posted on the agency's "
            "website.")
    assert sources(text)[0][1] == "document"


# -- a sports side is a club and a team


@pytest.mark.parametrize("text", [
    "The Rovers, a club founded in 1904, said the match would go ahead. The team added that tickets would be refunded.",
    "The Gulls, the team that won the cup last year, said the coach would stay. The club added that the stadium "
    "would be repaired.",
])
def test_the_team_and_the_club_find_the_side_described_with_the_other_word(text):
    first, second = sources(text)
    assert second[2] == first[2]


def test_the_union_does_not_become_the_company_named_before():
    # near miss: only 'team' and 'club' stand for each other; 'the union' is no company
    text = "Acme Corp. said the plant would close. The union said talks had stalled."
    assert sources(text)[1][2] != "Acme Corp"
