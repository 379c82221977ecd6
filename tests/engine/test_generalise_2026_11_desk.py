"""Engine 2026.11, local-government sourcing read as a desk reads it (sentences written for the project).

An unnamed group described after its comma ('speaking on condition of anonymity') is anonymous
even though the span stops at its head; 'one of them' speaks for the group named before; a
public post's office ('the mayor's office') is government; 'the authority' points back only to
an authority, never to the last public body of another kind.
"""

from __future__ import annotations

import pytest

from provenance.engine.resolution import _after_role
from provenance.engine.source_types import classify

from .helpers import attributions, segments, sources

# -- The description the span leaves out still types the source.

@pytest.mark.parametrize("text, source", [
    ("Two council members, speaking on condition of anonymity about private talks, said three "
     "colleagues were undecided.", "Two council members"),
    ("Three aides, speaking anonymously, said the governor would veto the bill.", "Three aides"),
    ("The plant will close in May, said a company engineer, speaking on condition of anonymity.",
     "a company engineer"),
])
def test_anonymity_in_the_description_types_the_source(text, source):
    [(span, typ, _)] = sources(text)
    assert (span, typ) == (source, "anonymous")


@pytest.mark.parametrize("text, source", [
    ("Two council members, speaking after the vote, said three colleagues were undecided.", "Two council members"),
    # The word in a later clause is the content, not the source's description.
    ("Three aides said the governor, who asked for anonymity, would veto the bill.", "Three aides"),
])
def test_a_plain_description_leaves_the_type_alone(text, source):
    [(span, typ, _)] = sources(text)
    assert span == source
    assert typ != "anonymous"


# -- 'one of them' speaks for the group named before.

def test_one_of_them_speaks_for_the_group_named_before():
    text = ("Two council members, speaking on condition of anonymity, said the vote would slip. "
            "One of them said the mayor had offered a smaller levy.")
    first, second = sources(text)
    assert first[:2] == ("Two council members", "anonymous")
    assert second == ("One of them", "anonymous", "Two council members")


def test_one_of_them_with_no_group_before_stays_itself():
    text = "Dana Whitfield said the levy was fair. One of them said the vote would slip."
    assert sources(text)[-1][2] == "One of them"


# -- A public post's office is government; other possessives are not.

@pytest.mark.parametrize("phrase, kind", [
    ("the mayor's office", "government"),
    ("the district attorney’s office", "government"),
    ("the governor's press office", "government"),
    ("the municipal budget office", "government"),
])
def test_office_of_a_public_post(phrase, kind):
    assert classify(phrase) == kind


@pytest.mark.parametrize("phrase", ["the senator's wife", "the law firm's office", "the dentist's office"])
def test_other_possessives_are_not_government(phrase):
    assert classify(phrase) != "government"


# -- 'the authority' is an authority.

def test_the_authority_does_not_point_to_another_kind_of_body():
    text = ("The municipal budget office warned that the figures were optimistic. "
            "The authority declined to comment on the memo.")
    assert sources(text)[-1][2] == "The authority"


def test_the_authority_points_back_to_the_authority():
    text = ("The Harbor Transit Authority said fares would rise. The budget office warned of a gap. "
            "The authority declined to comment.")
    assert sources(text)[-1][2] == "The Harbor Transit Authority"


# -- 'the company' in a lead points to the company the sentence is about.

def test_the_company_in_the_lead_is_the_company_named_before_it():
    text = ("Veltara Pharmaceuticals has paused a trial of its arthritis pill after patients fell ill, "
            "the company said Wednesday.")
    [(span, typ, canonical)] = sources(text)
    assert (span, typ, canonical) == ("the company", "official", "Veltara Pharmaceuticals")


def test_the_company_never_points_to_an_institution_or_a_later_name():
    text = ("Doctors at Lakeside University Hospital saw more cases, the company said. "
            "Veltara Pharmaceuticals was not reached.")
    assert sources(text)[0][2] == "the company"


def test_the_company_keeps_the_company_already_quoted():
    text = ("Kestrel Motors said sales fell. Dana Whitfield, an analyst at Bayline Securities, said the drop was "
            "expected. The company said it would cut prices.")
    assert sources(text)[-1][2] == "Kestrel Motors"


# -- 'who' after an appositive is the person the appositive describes.

def test_who_after_an_appositive_is_the_person_named():
    text = ('"This is a setback," said Ravi Menon, an analyst at Harlow Securities, who estimated that the drug '
            "was a third of the company's value.")
    named, who = sources(text)
    assert named == ("Ravi Menon, an analyst at Harlow Securities", "person", "Ravi Menon")
    assert who == ("who", "person", "Ravi Menon")


def test_who_right_after_a_name_is_that_name():
    text = "The panel heard from Ravi Menon, who estimated that the levy would raise $61 million."
    assert sources(text)[-1] == ("who", "person", "Ravi Menon")


# -- A lower-case job title before a name is a description.

@pytest.mark.parametrize("text, canonical", [
    ('"Safety comes first," chief medical officer Dr. Ingrid Soto said.', "Dr. Ingrid Soto"),
    ("School principal Mary Ode said classes would resume.", "Mary Ode"),
])
def test_lower_case_job_title_is_stripped_from_the_name(text, canonical):
    assert sources(text)[0][2] == canonical


def test_a_company_after_a_job_title_keeps_its_name():
    assert _after_role("chief financial officer Acme Group") == "chief financial officer Acme Group"


def cues_and_sources(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(a["cue"]["text"], a["source"]["text"] if a["source"] else None,
             a["source"]["type"] if a["source"] else None) for a in attributions(text)]


# -- X, the platform, named by one letter.

@pytest.mark.parametrize("text, cue", [
    ("Sen. Rosa Villanueva wrote on X that she would ask regulators to investigate.", "wrote on X"),
    ("The mayor posted on X late Monday that the road was closed.", "posted on X"),
])
def test_on_x_belongs_to_the_cue(text, cue):
    assert [c for c, _, _ in cues_and_sources(text)] == [cue]


def test_a_street_named_x_is_not_the_platform():
    assert [c for c, _, _ in cues_and_sources("Police said on X Street that the shop was closed.")] == ["said"]


# -- Whoever first reported a story is a news outlet.

@pytest.mark.parametrize("text, source", [
    ("The findings were first reported by TechLedger.", "TechLedger"),
    ("TechLedger first reported the findings on Monday.", "TechLedger"),
])
def test_first_reported_by_an_unknown_name_is_an_outlet(text, source):
    assert cues_and_sources(text)[0][1:] == (source, "news_outlet")


@pytest.mark.parametrize("text, kind", [
    ("Jane Roe first reported the leak to her manager.", "person"),
    ("Acme Corp. first reported a loss in 2019.", "official"),
    ("TechLedger said the findings were wrong.", "official"),
])
def test_people_companies_and_plain_speech_keep_their_type(text, kind):
    assert cues_and_sources(text)[0][2] == kind


# -- '..., which said' after an agent speaks for that agent.

def test_which_said_after_the_outlet_that_reported_it():
    text = "The findings were first reported by TechLedger, which said it had seen internal emails."
    assert cues_and_sources(text) == [("were first reported", "TechLedger", "news_outlet"),
                                      ("said", "which", "news_outlet")]
    assert sources(text)[-1][2] == "TechLedger"


def test_which_concluded_after_an_agent_is_not_the_agent_speaking():
    text = ("The mayor ordered a legal analysis, first reported by the Harbor Ledger, which concluded that the "
            "levy was lawful.")
    # The analysis concluded, not the outlet: 'concluded' is not given to the outlet named last.
    assert [c for c, _, _ in cues_and_sources(text)] == ["first reported"]


def test_which_after_a_verb_and_its_object_is_the_object():
    text = "The report came from Acme Corp., which said sales fell."
    assert sources(text) == [("which", "official", "Acme Corp.")]


# -- A counted group of people before 'who'; 'the state' is no county.

def test_who_after_a_counted_group_is_the_group_not_the_place():
    text = ("The suit was brought by a voters' league and three residents of Pike County, who said they lived "
            "far from an office.")
    [(span, typ, canonical)] = sources(text)
    assert (span, canonical) == ("who", "three residents of Pike County")
    assert typ != "government"


def test_which_after_a_counted_thing_keeps_the_named_body():
    text = "The figures came from two offices of the Harbor Commission, which said rents rose."
    assert sources(text)[-1][2] != "two offices of the Harbor Commission"


def test_the_state_is_not_the_county_named_before():
    text = ("Three residents of Pike County said the rule kept them from voting. Pike County officials said "
            "they would comply. The state disputes that figure.")
    assert sources(text)[-1][2] == "The state"


def test_the_state_points_back_to_state_officials():
    text = "Ohio state officials said the rule was lawful. The state will appeal, its lawyers said. The state said so."
    assert sources(text)[-1][2] == "Ohio state officials"


# -- Foreign-desk sourcing.

@pytest.mark.parametrize("text, cue, source", [
    ("Talks on grain corridor stall as both sides trade blame", "trade blame", "both sides"),
    ("The rivals traded barbs about the levy.", "traded barbs about", "The rivals"),
    ("The two candidates traded jabs on Monday over the budget.", "traded jabs", "The two candidates"),
])
def test_trading_words_is_a_cue_with_both_sides_as_source(text, cue, source):
    assert [(c, s) for c, s, _ in cues_and_sources(text)] == [(cue, source)]


@pytest.mark.parametrize("text", ["Farmers trade grain at the market.", "The two firms traded shares in 2019."])
def test_trading_goods_is_no_cue(text):
    assert cues_and_sources(text) == []


@pytest.mark.parametrize("phrase, kind", [
    ("State television", "news_outlet"),
    ("state-run media", "news_outlet"),
    ("diplomats involved in the talks", "anonymous"),
    ("officials involved in the negotiations", "anonymous"),
])
def test_state_media_and_people_in_the_talks(phrase, kind):
    assert classify(phrase) == kind


@pytest.mark.parametrize("phrase", ["state officials", "Dr. Ellen Marsh, who was not involved in the talks",
                                    "the state"])
def test_not_state_media_nor_anonymous(phrase):
    assert classify(phrase) not in {"news_outlet", "anonymous"}


def test_another_unnamed_member_after_an_anonymous_one_is_anonymous():
    text = ("A senior diplomat, granted anonymity to discuss the draft, said the gap was narrow. "
            "Another diplomat said a draft existed.")
    assert [t for _, t, _ in sources(text)] == ["anonymous", "anonymous"]


def test_another_member_after_a_named_one_keeps_its_type():
    text = "Omar Tell, a diplomat from Valdonia, said the gap was narrow. Another diplomat said a draft existed."
    assert sources(text)[-1][1] != "anonymous"


# -- Verification notes and headline 'per'.

def test_a_source_confirming_in_a_note_does_not_flag_the_claim_before():
    text = ("The team would pay $12 million toward the complex, per sources familiar with the discussions. "
            "Mayor Tomas Quill confirmed that talks were under way but declined to discuss terms.")
    first = segments(text)[0]
    assert "not_independently_verified" not in first["flags"]


@pytest.mark.parametrize("note", [
    "The Ledger could not independently verify the report.",
    "The claim has not been independently verified.",
    "Reporters were unable to confirm the account.",
])
def test_a_note_that_could_not_verify_flags_the_claim_before(note):
    text = "The team would pay $12 million toward the complex, per sources familiar with the discussions. " + note
    assert "not_independently_verified" in segments(text)[0]["flags"]


@pytest.mark.parametrize("text, source", [
    ("Gulls near deal to move spring training, per report", "report"),
    ("Gulls near deal to move spring training, per sources", "sources"),
])
def test_headline_per_without_an_article(text, source):
    assert [(c, s) for c, s, _ in cues_and_sources(text)] == [("per", source)]


@pytest.mark.parametrize("text", ["Tickets cost $40 per person.", "Prices rose 3 per cent, per year."])
def test_per_as_a_rate_is_no_cue(text):
    assert cues_and_sources(text) == []


# -- A transcript's editing note is page furniture.

@pytest.mark.parametrize("line", [
    "The interview has been edited for length.",
    "(This conversation has been lightly edited and condensed.)",
    "This Q&A has been condensed and edited for clarity.",
])
def test_transcript_editing_note_is_boilerplate(line):
    text = "Lena Okoye spoke with the Ledger about fares.\n\n" + line + "\n\nQ: Why now?\n\nA: Because riders need it."
    kinds = {text[s["start"]:s["end"]].strip(): s["kind"] for s in segments(text)}
    assert kinds[line] == "boilerplate"


@pytest.mark.parametrize("line", ["The memo has been edited for length.",
                                  "The bill has been edited by the committee to remove the tax."])
def test_other_editing_is_a_claim(line):
    assert [s["kind"] for s in segments(line)] == ["claim"]


# -- Headline verbs with a noun object; 'they' is never a single study.

@pytest.mark.parametrize("text, cue, source", [
    ("Study links screen use to poorer grades, but experts urge caution", "urge caution", "experts"),
])
def test_reporting_verb_with_a_noun_object_heads_the_cue(text, cue, source):
    assert [(c, s) for c, s, _ in cues_and_sources(text)] == [(cue, source)]


@pytest.mark.parametrize("text, cue, source", [
    ("The reports show rents rose.", "show", "The reports"),
    ("New fundraising reports show a gap.", "show", "New fundraising reports"),
])
def test_a_plural_subject_keeps_its_verb(text, cue, source):
    assert [(c, s) for c, s, _ in cues_and_sources(text)] == [(cue, source)]


def test_they_after_a_single_study_is_not_the_study():
    text = ("Teenagers who use phones late score lower, according to a study published Wednesday. "
            "They found that each hour mattered.")
    assert sources(text)[-1][2] != "a study published Wednesday"


def test_they_after_several_reports_can_be_the_reports():
    text = "Rents rose, according to three city reports. They found that fees doubled."
    assert sources(text)[-1][2] == "three city reports"


# -- Campaign stories: 'the governor' is the governor the story named; job words are not titles.

@pytest.mark.parametrize("text, canonical", [
    ("Gov. Samuel Ortiz signed the bill. Asked about it Tuesday, the governor said he was proud.",
     "Gov. Samuel Ortiz"),
    ("President Ana Lima's plan stalled. The president said it would pass.", "President Ana Lima"),
    ("Mayor Bill de Blasio spoke first. The mayor said the plan was fair.", "Mayor Bill de Blasio"),
    ("Sen. Pat O'Brien voted no. The senator said the bill was rushed.", "Sen. Pat O'Brien"),
])
def test_the_office_holder_named_before(text, canonical):
    assert sources(text)[-1][2] == canonical


def test_the_governor_with_no_governor_named_stays_itself():
    assert sources("Mayor Tom Baker left. The governor said the bill was fair.")[-1][2] == "The governor"


@pytest.mark.parametrize("span, canonical", [
    ("Pollster Dan Feld", "Dan Feld"),
    ("Spokesman Kai Brennan", "Kai Brennan"),
    ("Mayor Tom Baker", "Mayor Tom Baker"),
    ("Attorney General Mark Ellery", "Attorney General Mark Ellery"),
    ("Chief Executive Ana Lima", "Chief Executive Ana Lima"),
])
def test_a_capitalised_job_is_stripped_a_title_is_kept(span, canonical):
    assert _after_role(span) == canonical


@pytest.mark.parametrize("phrase, kind", [
    ("Press secretary Dana Cole", "government"),
    ("Press Secretary Dana Cole", "government"),
    ("the Gazette staff", "news_outlet"),
    ("a Riverton Gazette reporter", "news_outlet"),
])
def test_an_outlet_word_naming_a_job_is_no_outlet(phrase, kind):
    assert classify(phrase) == kind


# -- A quotation signed with a dash right after its closing mark.

@pytest.mark.parametrize("gap", ["", "\u00a0", " "])
def test_dash_signature_right_after_the_closing_quote(gap):
    text = ("“The levy is fair and the pier must stay open.”" + gap + "― Dana Whitfield\n"
            "“Nobody asked the tenants.”" + gap + "― Omar Tell")
    assert [(c, s) for c, s, _ in cues_and_sources(text)] == [("―", "Dana Whitfield"), ("―", "Omar Tell")]


def test_a_dash_inside_a_sentence_is_no_signature():
    text = "The levy—a tax on every berth—passed on Monday. Rents rose."
    assert cues_and_sources(text) == []


# -- 'her' after a preposition is an object: the people close to her speak.

@pytest.mark.parametrize("text, source, kind", [
    ("A source close to her said the deal was off.", "A source close to her", "anonymous"),
    ("People close to her say she will run.", "People close to her", "anonymous"),
    ("An aide to her said the bill was dead.", "An aide to her", None),
])
def test_a_source_close_to_her(text, source, kind):
    [(span, typ)] = [(s, t) for _, s, t in cues_and_sources(text)]
    assert span == source
    assert kind is None or typ == kind


def test_her_owning_a_noun_after_a_preposition_is_no_subject():
    text = "Roe pointed to her support for the levy."
    assert all(s != "Roe pointed to her" for _, s, _ in cues_and_sources(text))
    assert [c for c, _, _ in cues_and_sources(text)] == ["pointed to"]


@pytest.mark.parametrize("phrase, kind", [
    ("Council member Rosa Villanueva", "government"),
    ("Jane Roe, a council member", "government"),
    ("Alderman Tom Baker", "government"),
    ("state legislators", "government"),
    ("a member of the Council on Foreign Relations", "official"),
])
def test_council_members_are_government(phrase, kind):
    assert classify(phrase) == kind


# -- School-board story: hedges with an adverb, 'Neither ... nor ... returned messages', projections.

def test_it_is_widely_believed_is_a_hedge():
    text = "It is widely believed that enrollment has peaked."
    assert cues_and_sources(text) == [("is widely believed", None, None)]
    assert segments(text)[0]["status"] == "hedged"


def test_it_is_widely_known_is_no_hedge():
    assert cues_and_sources("It is widely used in schools that have no gym.") == []


def test_neither_nor_returned_messages_is_a_note():
    text = "The board approved the bond. Neither Walt Hume nor the league's lawyer returned messages on Wednesday."
    assert [s["kind"] for s in segments(text)] == ["claim", "note"]


def test_projections_are_a_document():
    assert classify("the district's own projections") == "document"


# -- Police story: a spokesman who asked not to be named, a fire chief.

def test_description_after_the_cue_types_the_source_before_it():
    text = ("Investigators believe the fire was set with gasoline, a police spokesman said, speaking on the "
            "condition that he not be named.")
    assert sources(text)[-1][:2] == ("a police spokesman", "anonymous")


def test_a_plain_description_after_the_cue_leaves_the_type():
    text = "Investigators believe the fire was set with gasoline, a police spokesman said, speaking at the scene."
    assert sources(text)[-1][1] != "anonymous"


@pytest.mark.parametrize("phrase, kind", [
    ("Fire Chief Maria Lopez", "government"),
    ("police chief Dan Cole", "government"),
])
def test_fire_and_police_chiefs_are_government(phrase, kind):
    assert classify(phrase) == kind


# -- Airline story: 'the carrier' is the airline; a union's president speaks for the union.

def test_the_carrier_is_the_airline_named_before():
    text = "SkyHarbor Airlines canceled 300 flights on Friday after pilots called in sick, the carrier said."
    assert sources(text) == [("the carrier", "official", "SkyHarbor Airlines")]


@pytest.mark.parametrize("phrase, kind", [
    ("Capt. Erin Shaw, the union's president", "official"),
    ("the company's chief executive", "official"),
    ("the country's president", "government"),
    ("Ana Ruiz, the city's mayor", "government"),
])
def test_a_leader_named_by_its_owner(phrase, kind):
    assert classify(phrase) == kind


@pytest.mark.parametrize("text, source", [
    ("Meridian's chief nursing officer, Dr. Helen Park, said the unit was short.",
     "Meridian's chief nursing officer, Dr. Helen Park"),
    ("SkyHarbor's chief operating officer, Brian Tull, said the action was illegal.",
     "SkyHarbor's chief operating officer, Brian Tull"),
])
def test_an_ing_word_in_a_job_title_stays_in_the_source(text, source):
    assert [s for _, s, _ in cues_and_sources(text)] == [source]
